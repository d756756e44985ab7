/** Indonesian messages: the workbench's first language. Keys are shared with `en.ts`. */
export const id = {
  where: {
    sheet: 'lembar "{{name}}"',
    cell: 'sel {{cell}}',
    row: 'baris {{row}}',
  },
  menu: {
    home: 'Beranda',
    file: 'Berkas',
    newFromLastYear: 'Baru dari tahun lalu…',
    newFromTemplate: 'Baru dari template…',
    open: 'Buka…',
    importExcel: 'Impor Excel…',
    exportExcel: 'Ekspor Excel…',
    recent: 'Terakhir dibuka',
    quit: 'Keluar',
    edit: 'Edit',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    view: 'Tampilan',
    language: 'Bahasa',
    fullscreen: 'Layar penuh',
  },
  import: {
    created: 'Dokumen dibuat: {{file}} dari {{source}} ({{template}}, {{questions}} pertanyaan)',
    totals:
      'Nilai menurut rumus workbook: {{workbook}}; menurut aturan regulasi: {{standard}}; {{findings}} temuan (lihat `rbw inspect`)',
  },
  api: {
    internal: 'terjadi kesalahan internal: {{message}}',
    unknownOperation: 'operasi "{{name}}" tidak dikenal',
    invalidInput: 'masukan tidak valid: {{message}}',
    forbidden: 'panggilan ditolak: hanya jendela RB Workbench sendiri yang boleh memanggil layanan',
  },
  access: {
    // A call the organisation's server refused for the user's role (issue 24)
    refused: 'ditolak: {{message}}',
    outside:
      'lokasi ini tidak terbuka bagi jendela: pilih berkas lewat dialog, unggah, atau buka foldernya saat memulai (npm run web -- --folder=FOLDER)',
    fileType: 'jenis berkas tidak sesuai untuk tindakan ini (gunakan {{types}})',
    noFolder: 'folder tidak ada',
  },
  link: {
    confirm: 'Buka tautan dari dokumen ini di peramban?',
    open: 'Buka',
    cancel: 'Batal',
  },
  answer: {
    notAnOption: 'jawaban "{{answer}}" bukan salah satu pilihan ({{options}})',
    notANumber: 'jawaban "{{answer}}" bukan angka',
    negative: 'jumlah "{{answer}}" tidak boleh negatif',
    notWhole: 'jumlah "{{answer}}" harus bilangan bulat',
    outOfRange: 'nilai "{{answer}}" di luar rentang {{min}}–{{max}}',
  },
  answers: {
    unknownCode: 'kode "{{code}}" tidak ada di template',
    invalidFile: 'berkas jawaban tidak valid: {{message}}',
    notJson: 'berkas bukan JSON yang valid: {{message}}',
  },
  template: {
    newerVersion:
      'template dibuat oleh versi aplikasi yang lebih baru (versi format {{version}}); perbarui RB Workbench',
    invalidField: 'template tidak valid: {{message}}',
    duplicateId: 'id "{{id}}" dipakai lebih dari sekali',
    unknownAnswerType: 'jenis jawaban "{{type}}" tidak dikenal',
    inputNotCount: 'masukan harus berjenis Jumlah, bukan "{{type}}"',
    unknownInput: 'rumus merujuk masukan "{{ref}}" yang tidak ada',
    averageOverGroup: 'sub-area "{{id}}" dirata-rata tetapi berisi kelompok lain',
    unweightedInSum: 'indikator "{{id}}" tidak berbobot di bawah kelompok yang dijumlahkan',
    weightsDoNotAddUp: 'bobot "{{id}}" {{weight}} tidak sama dengan jumlah bobot di bawahnya ({{sum}})',
    unknownGateSource: 'syarat merujuk indikator "{{ref}}" yang tidak ada',
    gateCycle: 'syarat indikator "{{id}}" membentuk lingkaran',
    unknown: 'template "{{id}}" tidak dikenal; pilihan: {{ids}}',
  },
  file: {
    notFound: 'berkas tidak ditemukan',
    unreadable: 'berkas tidak dapat dibaca: {{message}}',
    unsupported: 'jenis berkas tidak didukung (gunakan .json{{more}})',
    tooLarge:
      'berkas berukuran {{size}} MB, melebihi {{max}} MB yang dibaca workbench (LKE asli di bawah 1 MB); periksa bahwa ini berkas yang benar',
    // An odd entry in a portfolio's folder (issue 22)
    entry: {
      folder: 'ini folder, bukan berkas; tidak dibaca',
      linkLoop: 'tautan (symlink) yang berputar ke dirinya sendiri; tidak dibaca',
      brokenLink: 'tautan (symlink) ke berkas yang tidak ada; tidak dibaca',
      special: 'bukan berkas biasa (perangkat, pipa atau soket); tidak dibaca',
      unreadable: 'berkas tidak dapat dibuka ({{code}}); tidak dibaca',
    },
  },
  cli: {
    internalError:
      'kesalahan tak terduga di RB Workbench ({{message}}); mohon laporkan (RBW_DEBUG=1 menampilkan rinciannya)',
    usage: 'Penggunaan: rbw <perintah> [opsi]. Perintah: {{commands}}. Lihat README.',
    unknownCommand: 'perintah "{{command}}" tidak dikenal',
    badOption: '{{message}}',
    missingArgument: 'argumen {{name}} wajib diisi',
    badUnanswered: '--unanswered harus "skip" atau "zero"',
  },
  // Help of the command line: rbw --help, rbw help COMMAND, rbw COMMAND --help; unknown options.
  cliHelp: {
    about:
      'rbw — RB Workbench di baris perintah: Lembar Kerja Evaluasi (LKE) Zona Integritas, PMPRB dan Indeks RB.',
    usage: 'Penggunaan',
    commandWord: 'PERINTAH',
    optionsWord: 'opsi',
    commandsHeading: 'Perintah',
    commands: {
      serve: {
        summary: 'server organisasi di PostgreSQL: jendela dan API yang sama untuk banyak pengguna',
        description:
          'Menjalankan server organisasi: setiap dokumen disimpan di basis data PostgreSQL (--db postgres://…), skema dibuat atau dimigrasikan sendiri; mencetak alamatnya setelah siap; GET /health menjawab 200.',
        options: {
          db: 'alamat basis data PostgreSQL',
          host: 'alamat yang didengarkan (bawaan 127.0.0.1)',
          port: 'port (bawaan: bebas)',
          // Single sign-on (OpenID Connect).
          'oidc-issuer': 'alamat penyedia SSO (OpenID Connect) instansi; tombol "Masuk dengan SSO"',
          'oidc-client-id': 'client id server ini di penyedia SSO',
          'oidc-client-secret': 'client secret (lebih aman: variabel RBW_OIDC_CLIENT_SECRET)',
          'public-url': 'alamat server bagi peramban (di balik proxy), untuk alamat kembali SSO',
          'tls-cert': 'sertifikat (PEM) untuk melayani HTTPS, bersama --tls-key',
          'tls-key': 'kunci privat (PEM) dari --tls-cert',
        },
      },
      users: {
        summary: 'akun server: tambah pengguna (kata sandi dari masukan standar), tugaskan ke dokumen',
        description:
          'rbw users add LOGIN --role admin|coordinator|pokja|evaluator|viewer [--pokja NAMA] --db URL: kata sandi dibaca dari masukan standar.\nrbw users assign LOGIN ID_DOKUMEN --db URL: anggota pokja atau evaluator pada dokumen.',
        options: {
          role: 'peran',
          pokja: 'pokja anggota',
          org: 'organisasi (bawaan: default)',
          db: 'alamat basis data PostgreSQL',
          'oidc-subject': 'subjek (sub) akun ini di penyedia SSO; tanpa kata sandi bila diberikan',
        },
      },
      pull: {
        summary: 'mengunduh satu dokumen server beserta seluruh riwayatnya sebagai berkas .rbw',
        description:
          'Masuk ke server organisasi sebagai --login (kata sandi lewat masukan standar) lalu mengunduh satu dokumen sebagai DOC.rbw, termasuk riwayatnya. Alamatnya adalah alamat server (seperti dicetak rbw serve) diikuti id dokumen (seperti dicetak rbw push), misalnya https://rb.contoh.go.id/1b4e28ba-2fa1-11d2-883f-0016d3cca427. Server HTTPS dengan otoritas sertifikat sendiri: NODE_EXTRA_CA_CERTS=ca.pem.',
        options: { out: 'berkas baru yang ditulis (.rbw)', login: 'login Anda di server' },
      },
      push: {
        summary: 'unggah dokumen lokal (.rbw) beserta riwayatnya ke server; id barunya di baris terakhir',
        description:
          'Mengunggah dokumen .rbw dengan seluruh riwayatnya ke basis data server; mencetak id dokumen baru di baris terakhir. Dengan FOLDER, setiap .rbw dan workbook LKE (.xlsx, .xlsm) di dalamnya diunggah, satu baris kemajuan di stderr untuk masing-masing dan satu baris ID NAMA per dokumen di stdout.',
        options: { org: 'organisasi (bawaan: default)', db: 'alamat basis data PostgreSQL' },
      },
      // A laptop's replica of a server's document (issue 25).
      clone: {
        summary:
          'replika dokumen server di laptop: bekerja luring, lalu rbw sync (kata sandi dari masukan standar)',
        description:
          'Masuk ke server (sesi disimpan di folder workbench, mode 0600, tidak pernah di dokumen) dan menyalin dokumen beserta riwayatnya sampai revisi server saat ini menjadi replika .rbw.',
        options: { document: 'id dokumen di server', login: 'nama akun', out: 'berkas replika yang dibuat' },
      },
      sync: {
        summary:
          'kirim perubahan replika ke server dan ambil perubahan orang lain; kode keluar 3 bila ada konflik',
        description:
          'Mengirim tindakan replika sejak sinkron terakhir (tiap isian dengan nilai dasarnya); server menggabungkan tiga arah seperti rbw merge. Konflik: tidak ada yang ditulis, tiap konflik satu baris diawali kodenya, kode keluar 3; --take mine (nilai laptop) atau --take theirs (nilai server) menyelesaikannya.',
        options: {
          json: 'keluaran JSON',
          take: 'pilih satu sisi untuk semua konflik: mine (laptop) atau theirs (server)',
        },
      },
      'portal-token': {
        summary: 'token PortalRB (baca saja) organisasi: buat atau cabut',
        description:
          'rbw portal-token create --db URL: token baru di baris terakhir (hanya hash-nya disimpan).\nrbw portal-token revoke ID --db URL: mencabut token.',
        options: { org: 'organisasi (bawaan: default)', db: 'alamat basis data PostgreSQL' },
      },
      survey: {
        summary:
          'survei (SKM/IKM, IPAK, IPKP): impor jawaban responden, tampilkan, ikat ke pertanyaan Hasil, laporan',
        description:
          'rbw survey import DOC FILE --kind skm|ipak|ipkp: jawaban responden dari .xlsx/.csv/.ods (kolom dicocokkan menurut judulnya; --yes menerima pencocokan).\nrbw survey show DOC: nilai tiap survei (IKM 0–100 untuk SKM, nilai 0–4 untuk IPAK/IPKP).\nrbw survey bind DOC NAMA --to KODE: pertanyaan Hasil mengambil nilainya dari survei.\nrbw survey report DOC: perhitungan per unsur.',
        options: {
          kind: 'jenis survei',
          name: 'nama survei (bawaan: jenisnya)',
          population: 'jumlah populasi (ukuran sampel Krejcie & Morgan)',
          scale: 'skala jawaban yang dipakai unit',
          weights: 'bobot unsur SKM: tepat 1/9 (bawaan) atau 0,111',
          conversion: 'konversi skala ke nilai 0–4',
          yes: 'terima pencocokan kolom tanpa bertanya',
          to: 'kode pertanyaan Hasil yang diikat',
          json: 'keluaran JSON',
          author: 'nama penulis di riwayat',
        },
      },
      template: {
        summary: 'template dari workbook, ke/dari berkas .rbwt, atau pindahkan dokumen ke versi baru',
        description:
          'rbw template from FILE --id ID --name NAMA: template dari workbook LKE.\nrbw template export ID --out F: template sebagai berkas .rbwt.\nrbw template add F: berkas .rbwt ke template pengguna.\nrbw template move DOC --out BARU: dokumen ke versi terbaru templatenya.',
        options: {
          id: 'id template',
          name: 'nama template',
          version: 'versi template',
          out: 'berkas yang dibuat',
          to: 'template tujuan (move)',
          json: 'keluaran JSON',
          author: 'nama penulis di riwayat',
        },
      },
      templates: {
        summary: 'daftar template bawaan dan milik pengguna',
        description: 'Daftar template bawaan dan milik pengguna beserta jumlah pertanyaannya.',
        options: { json: 'keluaran JSON' },
      },
      score: {
        summary: 'nilai berkas jawaban, dokumen (.rbw) atau workbook LKE (.xlsx, .xls, .ods)',
        description:
          'Nilai total, kategori, komponen, area, syarat Menuju WBK / WBBM dan tempat menambah nilai.\nWorkbook LKE dinilai menurut rumusnya sendiri dan menurut aturan regulasi; kedua total dan selisihnya selalu ditampilkan.\nDokumen dinilai menurut aturan utamanya (rumus workbook bila diimpor dari workbook).',
        options: {
          json: 'keluaran JSON',
          rule: 'aturan yang ditampilkan lebih dulu: rumus workbook atau aturan regulasi',
          unanswered: 'pertanyaan tak terjawab dilewati (bawaan, seperti AVERAGE Excel) atau dihitung 0',
          gains: 'jumlah tempat menambah nilai yang ditampilkan (bawaan 10)',
          sheet: 'lembar workbook yang dinilai (workbook saja)',
        },
      },
      new: {
        summary: 'dokumen baru dari template, atau dari dokumen/workbook tahun lalu',
        description:
          'Dokumen baru (.rbw) yang kosong dari template, atau dimulai dari dokumen atau workbook tahun lalu (--from).',
        options: {
          template: 'template dokumen (lihat rbw templates)',
          out: 'berkas dokumen yang dibuat',
          agency: 'nama instansi',
          unit: 'nama unit kerja',
          year: 'tahun penilaian',
          model: 'model penilaian',
          from: 'dokumen (.rbw) atau workbook tahun lalu',
          author: 'nama penulis di riwayat dokumen',
        },
      },
      set: {
        summary: 'mengisi jawaban, catatan, bukti, pokja, status satu indikator',
        description:
          'Mengisi isian satu indikator sebagai satu tindakan (dapat diurungkan). Dengan --reviewer, ANSWER dan --note milik reviewer. ANSWER kosong ("") menghapusnya.',
        options: {
          note: 'catatan',
          reviewer: 'jawaban dan catatan reviewer (TPI / APIP)',
          evidence: 'bukti dukung',
          pokja: 'pokja penanggung jawab',
          status: 'status pekerjaan',
          'target-month': 'bulan target',
          author: 'nama penulis di riwayat dokumen',
        },
      },
      show: {
        summary: 'setiap indikator dokumen: jawaban, catatan, reviu, nilai',
        description:
          'Setiap indikator dengan jawaban, catatan, reviu dan nilainya; dengan CODE, indikator itu (dan isian Jumlah-nya) selengkapnya.',
        options: { json: 'keluaran JSON (daftar item)' },
      },
      history: {
        summary: 'siapa mengubah apa dan kapan',
        description:
          'Riwayat perubahan dokumen, terbaru lebih dulu; dengan CODE, satu indikator dan isiannya.',
        options: { json: 'keluaran JSON', limit: 'jumlah entri paling banyak (1–1000, bawaan 50)' },
      },
      undo: {
        summary: 'mengurungkan tindakan terakhir',
        description: 'Mengurungkan tindakan terakhir pada dokumen.',
        options: { steps: 'jumlah tindakan (bawaan 1)', author: 'nama penulis di riwayat dokumen' },
      },
      redo: {
        summary: 'mengulangi tindakan yang diurungkan',
        description: 'Mengulangi tindakan yang terakhir diurungkan.',
        options: { steps: 'jumlah tindakan (bawaan 1)', author: 'nama penulis di riwayat dokumen' },
      },
      snapshot: {
        summary: 'snapshot bernama: simpan, daftar, bandingkan, pulihkan',
        description:
          'Menyimpan snapshot bernama NAME; --list, --compare, --restore (dapat diurungkan). SNAP adalah nomor atau nama snapshot.',
        options: {
          list: 'daftar snapshot',
          compare: 'apa yang berubah sejak snapshot itu',
          restore: 'memulihkan snapshot itu',
          author: 'nama penulis di riwayat dokumen',
        },
      },
      inspect: {
        summary: 'tempat rumus dan isian workbook berbeda dari aturan regulasi',
        description:
          'Setiap tempat rumus workbook berbeda dari aturan regulasi (kedua rumus dan pengaruhnya pada total), jawaban di luar pilihannya, total yang tidak cocok dengan rinciannya, bobot yang tidak genap, pembagian dengan nol dan sub-area tanpa jawaban.',
        options: { json: 'keluaran JSON' },
      },
      import: {
        summary: 'workbook LKE resmi menjadi dokumen baru',
        description:
          'Mengimpor workbook LKE resmi menjadi dokumen baru (di sebelahnya, kecuali --out), workbook-nya ikut disimpan.',
        options: { out: 'berkas dokumen yang dibuat', author: 'nama penulis di riwayat dokumen' },
      },
      export: {
        summary: 'dokumen sebagai workbook resmi, unggahan portal 2026 atau rekap',
        description:
          'Dokumen sebagai workbook resmi (tata letaknya sendiri, atau LKE bersih), unggahan portal 2026, atau rekap; --pokja membatasi pada area satu pokja. Yang tidak dapat dimuat berkas disebutkan.',
        options: {
          out: 'berkas yang ditulis',
          format: 'bentuk berkas (bawaan lke)',
          pokja: 'hanya area pokja ini',
          prior: 'dokumen tahun lalu untuk rekap',
        },
      },
      merge: {
        summary: 'menggabungkan berkas pokja atau salinan dokumen (tiga arah)',
        description:
          'Menggabungkan berkas pokja (dari rbw export --pokja) atau salinan lain dokumen (.rbw) tiga arah. Bila ada konflik yang belum diselesaikan tidak ada yang ditulis: setiap konflik pada barisnya sendiri, kode keluar 3.',
        options: {
          author: 'nama penulis di riwayat dokumen',
          'dry-run': 'hanya menampilkan perubahan dan konflik; tidak ada yang ditulis',
          json: 'keluaran JSON',
          take: 'menyelesaikan setiap konflik ke satu sisi',
          'allow-blank': 'isian yang dikosongkan di berkas ikut mengosongkan dokumen',
        },
      },
      followup: {
        summary: 'rekomendasi tindak lanjut: daftar, tambah, ubah',
        description:
          'Rekomendasi yang ditindaklanjuti. Tanpa tindakan: daftarnya; add TEXT: menambah satu; set ID: mengubah satu (nilai "-" mengosongkan).',
        options: {
          json: 'keluaran JSON',
          overdue: 'hanya yang lewat tenggat',
          pokja: 'pokja penanggung jawab (atau saringan daftar)',
          on: 'indikator yang dituju',
          due: 'bulan tenggat',
          source: 'asal rekomendasi (bawaan report)',
          status: 'status pekerjaan',
          evidence: 'bukti tindak lanjut',
          text: 'teks rekomendasi',
          accept: 'menerima rekomendasi usulan',
          author: 'nama penulis di riwayat dokumen',
        },
      },
      plan: {
        summary: 'perubahan jawaban dengan upaya terkecil untuk mencapai target',
        description:
          'Kumpulan perubahan jawaban dengan upaya terkecil yang mencapai target menurut aturan utama dokumen, per pokja; target yang tak tercapai memberi rencana terbaik. --out juga menulisnya sebagai lembar "Rencana Aksi".',
        options: {
          target: 'nilai total, kenaikan, kategori, atau syarat (wbk, wbbm)',
          reading: 'cara membaca syarat (bawaan both)',
          lock: 'indikator yang tidak boleh diubah (boleh berulang)',
          effort: 'upaya mengubah satu indikator (boleh berulang)',
          pokja: 'hanya indikator pokja ini',
          json: 'keluaran JSON',
          out: 'juga ditulis sebagai workbook Rencana Aksi',
        },
      },
      portfolio: {
        summary: 'setiap unit satu folder: kedua total, kategori, sebaran, yang hampir naik',
        description:
          'Setiap unit satu folder (dokumen dan workbook) dengan totalnya menurut aturan utamanya dan menurut regulasi, kategori, kelengkapan, total reviewer, tahun lalu dan perubahannya, syarat; sebaran kategori dan unit yang dekat kategori berikutnya.',
        options: {
          json: 'keluaran JSON',
          reach: 'selisih nilai yang dianggap dekat (bawaan 5)',
          cache: 'folder simpanan workbook yang sudah diimpor',
          out: 'juga ditulis sebagai workbook rekap (Rekap, Distribusi, Area)',
        },
      },
    },
    options: 'Opsi',
    commonOptions: 'Opsi umum',
    common: {
      lang: 'pesan dalam bahasa Inggris (atau RBW_LANG=en)',
      help: 'bantuan ini',
      version: 'versi rbw',
    },
    exitCodes: 'Kode keluar',
    exit: {
      0: 'selesai',
      1: 'masalah pada masukan (satu baris per masalah, menyebut berkas dan isiannya)',
      2: 'kesalahan penggunaan (perintah atau opsi tidak dikenal, argumen kurang)',
      3: 'rbw merge: konflik belum diselesaikan (tidak ada yang ditulis)',
    },
    more: 'Rincian satu perintah: rbw help PERINTAH atau rbw PERINTAH --help.',
    unknownOption: 'opsi {{option}} tidak dikenal',
    didYouMean: '; maksud Anda {{name}}?',
    seeHelp: '(lihat rbw {{command}} --help)',
    progress: {
      portfolio: 'menilai berkas {{n}} dari {{total}}: {{file}}',
      reading: 'membaca {{file}}…',
      storing: 'menyimpan dokumen dari {{file}}…',
    },
  },
  score: {
    title: 'Nilai',
    total: 'Nilai total',
    category: 'Kategori',
    answered: 'Terjawab',
    of: 'dari',
    questions: 'pertanyaan',
    inputs: 'isian Jumlah',
    policySkip: 'pertanyaan kosong tidak dihitung dalam rata-rata (seperti rumus AVERAGE Excel)',
    policyZero: 'pertanyaan kosong dihitung 0',
    component: 'Komponen',
    weight: 'Bobot',
    value: 'Nilai',
    percent: '%',
    emptySubArea: 'Belum lengkap: sub-area {{code}} {{title}} belum ada jawabannya',
    predicate: 'Predikat',
    passWhole: 'memenuhi (area utuh)',
    failWhole: 'belum memenuhi (area utuh)',
    passHalves: 'memenuhi (per Pemenuhan/Reform)',
    failHalves: 'belum memenuhi (per Pemenuhan/Reform)',
    pass: 'memenuhi',
    fail: 'belum',
    moreEmpty: '… dan {{count}} sub-area lain belum ada jawabannya',
    readingWhole: 'area utuh (Pemenuhan + Reform)',
    readingHalves: 'per Pemenuhan / Reform',
    gains: 'Peluang menambah nilai',
  },
  templates: {
    heading: 'Template bawaan',
    indicators: 'indikator',
  },
  document: {
    notSqlite: 'bukan dokumen RB Workbench (bukan berkas SQLite); buka berkas .rbw',
    notWorkbench: 'berkas SQLite ini bukan dokumen RB Workbench',
    newerVersion:
      'dokumen dibuat oleh versi RB Workbench yang lebih baru (format {{version}}; versi ini sampai format {{supported}}); perbarui aplikasi. Dokumen tidak diubah',
    damaged: 'dokumen rusak atau terpotong ({{detail}}); dokumen tidak diubah. Buka salinan cadangannya',
    badContent: 'isi dokumen tidak valid; mungkin diubah oleh program lain',
    exists: 'berkas sudah ada; pilih nama lain',
    notOpen: 'dokumen tidak sedang terbuka (sudah ditutup?)',
    busy: 'dokumen sedang disimpan oleh program lain; coba lagi sebentar',
    cannotWrite:
      'dokumen tidak dapat ditulis ({{detail}}); periksa izin berkas, atau simpan salinan di folder lain',
    diskFull: 'disk penuh: perubahan ini tidak tersimpan; kosongkan ruang lalu coba lagi',
    readOnly:
      'dokumen hanya-baca di sini (disk atau folder hanya-baca, atau berkas yang dilindungi dari penulisan): dapat ditampilkan, dinilai dan diekspor, tetapi tidak dapat diubah. Salin ke folder yang dapat ditulisi untuk mengubahnya',
    schemaMismatch:
      'dokumen menyatakan format {{version}} tetapi tabelnya bukan tabel format itu ({{detail}}): dokumen rusak atau diubah program lain, dan tidak diperbarui maupun diubah. Buka salinan cadangannya',
    badHistory:
      'riwayat dokumen rusak (tindakan {{action}}); urungkan, ulangi dan riwayat tidak tersedia, jawaban tetap utuh. Buka salinan cadangannya untuk memulihkannya',
    sourceDamaged:
      'buku kerja yang tersimpan di dokumen ({{workbook}}) rusak; dokumen terbuka dengan jawabannya, tetapi rumus buku kerja itu sendiri tidak tersedia: nilai mengikuti aturan standar. Impor ulang buku kerja untuk memulihkannya',
    noFolder: 'folder {{folder}} tidak ada',
    migrated: 'dokumen diperbarui dari format {{from}}; salinan sebelumnya disimpan di {{backup}}',
    created: 'Dokumen dibuat: {{file}} ({{template}}, {{questions}} pertanyaan)',
    badYear: '--year harus tahun, misalnya 2026',
    nothingToSet:
      'tidak ada yang diisi: beri ANSWER atau --note, --evidence, --pokja, --status, --target-month',
    unchanged: '{{file}}: {{code}} tidak berubah (nilainya sudah sama)',
    reviewerTotal: 'nilai evaluator',
    reviewerShort: 'eval.',
    answerType: 'Jenis jawaban',
    value: 'Nilai',
  },
  record: {
    linkAsText:
      'tautan "{{url}}" disimpan sebagai teks, bukan tautan: hanya tautan http, https dan mailto yang disimpan (yang lain dapat menjalankan program atau membuka berkas)',
    unknownCode: 'kode "{{code}}" tidak ada di template',
    derived: '"{{code}}" dihitung dari isian Jumlah-nya; isi Jumlah tersebut',
    tooLong:
      'teks {{length}} karakter melebihi batas {{max}} karakter (batas satu sel Excel); tidak disimpan, tidak ada yang dipotong',
    notText: 'harus berupa teks',
    badEvidence: 'bukti dukung tidak valid: {{message}}',
    badStatus: 'status "{{status}}" tidak dikenal; pilihan: {{options}}',
    badMonth: 'bulan target "{{month}}" harus berbentuk TTTT-BB, misalnya 2026-05',
    unknownAttachment: 'lampiran "{{name}}" tidak ada di dokumen',
    attachmentTooLarge:
      'berkas "{{name}}" ({{size}} MB) melebihi batas {{max}} MB; simpan di drive bersama dan tempelkan tautannya',
    // A file sent with damaged content (issue 22)
    attachmentNotBase64:
      'berkas "{{name}}" tidak terkirim utuh (isinya bukan base64 yang sah); tidak disimpan, kirim ulang berkasnya',
    // An edit over another user's change (issue 24, server window)
    staleBase:
      '{{itemId}} diubah pengguna lain sejak Anda melihatnya (kini {{ours}}); isian Anda {{theirs}} tidak disimpan',
  },
  field: {
    answer: 'jawaban',
    note: 'catatan',
    evidence: 'bukti dukung',
    reviewerAnswer: 'jawaban evaluator',
    reviewerNote: 'catatan evaluator',
    pokja: 'pokja',
    status: 'status',
    targetMonth: 'bulan target',
    metadata: 'data dokumen',
    survey: 'survei',
  },
  history: {
    kind: {
      edit: 'ubah',
      paste: 'tempel',
      restore: 'pulihkan snapshot',
      attach: 'lampirkan berkas',
      metadata: 'ubah data dokumen',
      undo: 'batalkan',
      redo: 'ulangi',
      merge: 'gabung',
      survey: 'survei',
    },
    state: { undone: 'dibatalkan', discarded: 'dibatalkan, tidak bisa diulang' },
    empty: 'Belum ada riwayat perubahan',
    more: '… masih ada riwayat yang lebih lama (tampilkan lebih banyak dengan --limit, maks. 1000; sekarang {{limit}})',
    badLimit: '--limit harus bilangan 1–1000',
    badSteps: '--steps harus bilangan bulat 1 atau lebih',
    nothingToUndo: '{{file}}: tidak ada yang bisa dibatalkan',
    nothingToRedo: '{{file}}: tidak ada yang bisa diulang',
    undone: '{{file}}: {{count}} langkah dibatalkan ({{items}} isian berubah)',
    redone: '{{file}}: {{count}} langkah diulang ({{items}} isian berubah)',
  },
  snapshot: {
    unknown: 'snapshot "{{id}}" tidak ada; lihat daftar dengan rbw snapshot DOC --list',
    created: 'Snapshot #{{id}} "{{name}}" disimpan di {{file}} (nilai total {{total}})',
    none: '{{file}}: belum ada snapshot',
    comparing:
      'Snapshot #{{id}} "{{name}}": nilai total {{then}} → sekarang {{now}}; {{count}} isian berbeda',
    restored:
      '{{file}}: snapshot #{{id}} dipulihkan ({{items}} isian berubah; bisa dibatalkan dengan rbw undo)',
  },
  workbook: {
    emptyFile: 'berkas kosong (0 bita)',
    notSpreadsheet: 'berkas ini dokumen {{kind}}, bukan buku kerja Excel; pilih berkas LKE .xlsx',
    corrupt:
      'berkas rusak atau bukan buku kerja Excel yang utuh; minta salinan baru atau simpan ulang di Excel sebagai .xlsx',
    encrypted:
      'buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya (File › Info › Protect Workbook) lalu simpan ulang',
    empty: 'buku kerja tidak berisi data di lembar mana pun',
    needsLibreOffice:
      'berkas {{extension}} perlu diubah ke .xlsx dengan LibreOffice, yang tidak terpasang; pasang LibreOffice Calc atau simpan ulang sebagai .xlsx di Excel',
    conversionFailed: 'LibreOffice gagal mengubah berkas ke .xlsx: {{message}}',
    tooManyParts:
      'paket berkas berisi {{count}} bagian, melebihi {{max}} yang dibaca workbench; ini bukan buku kerja seperti yang disimpan Excel. Simpan ulang sebagai .xlsx di Excel',
    partTooLarge:
      'bagian {{part}} berukuran {{size}} MB setelah dibuka, melebihi {{max}} MB yang dibaca workbench; bagian itu tidak dibuka. Periksa bahwa ini berkas yang benar',
    tooLargeUnpacked:
      'buku kerja berukuran {{size}} MB setelah dibuka, melebihi {{max}} MB yang dibaca workbench (LKE asli sekitar 1 MB); buku kerja tidak dibuka',
    packedTooTight:
      'bagian {{part}} membesar {{ratio}} kali ukuran terkemasnya (paling banyak {{max}}): bom kompresi, bukan buku kerja; tidak dibuka',
    tooManyRows:
      'lembar memakai atau menyatakan baris {{row}}; workbench membaca sampai baris {{max}} (LKE asli beberapa ribu baris). Hapus baris di bawah baris {{max}} di Excel lalu simpan ulang',
    tooManyColumns:
      'lembar memakai atau menyatakan kolom ke-{{column}}; workbench membaca sampai kolom ke-{{max}} (LKE asli sekitar 30 kolom). Hapus kolom di sebelah kanan di Excel lalu simpan ulang',
    tooManyCells:
      'buku kerja berisi lebih dari {{max}} sel (LKE asli di bawah 100.000); hapus lembar atau baris yang tidak perlu di Excel lalu simpan ulang',
    // Whole-column and whole-sheet ranges (issue 22)
    rangesTooLarge:
      'rumus membaca rentang {{range}}; setelah dipotong ke area terpakai lembar, rentang rumus buku kerja mencakup lebih dari {{max}} sel (LKE asli beberapa ribu); hapus isi yang tidak perlu di bawah atau di kanan area LKE di Excel lalu simpan ulang',
    notLke:
      'tidak ada lembar yang tampak seperti LKE (baris judul dengan Jawaban dan Bobot, Nilai atau Pilihan Jawaban)',
    noHierarchy: 'kolom kode dan uraian (A., I., 1., i., a.) tidak ditemukan di kiri kolom Bobot/Jawaban',
    noQuestions: 'tidak ada baris pertanyaan di bawah baris judul',
    templateInvalid: 'struktur LKE tidak dapat dibaca sebagai template: {{message}}',
    noAnswerSheet: 'tidak ada lembar jawaban "{{sheet}}"; lembar jawaban: {{sheets}}',
    tooComplex:
      'rumus buku kerja jauh lebih banyak dan bertumpuk daripada LKE mana pun; periksa apakah ini berkas LKE',
    badRule: '--rule harus "workbook" atau "standard"',
    noWorkbookRule: 'dokumen ini tidak diimpor dari workbook: hanya aturan standar yang dapat menilainya',
    ruleWorkbook: 'rumus workbook',
    ruleStandard: 'aturan standar',
    totalBy: 'Nilai total ({{rule}})',
    difference: 'Selisih (workbook − standar)',
    cached: 'tersimpan di berkas',
    shownRule: 'Rincian di bawah: {{rule}}',
    priorYear: 'Tahun lalu ({{label}})',
    // Issue 22: one answer sheet's own total.
    ofSheet: 'nilai lembar "{{sheet}}" sendiri; nilai utama workbook dihitung di lembar ringkasan',
    headlineAt: 'dihitung di {{cell}} dari lembar-lembar jawaban',
    answerSet: 'Lembar "{{sheet}}" ({{answered}} dijawab)',
    reviewerBlock: 'Penilai "{{label}}" ({{answered}} dijawab)',
    incomplete: 'belum lengkap',
    totalError: 'Excel menampilkan {{error}} untuk nilai total',
    findings: '{{count}} temuan; lihat rbw inspect {{file}}',
    convertedFrom: 'diubah dari {{kind}} dengan LibreOffice',
    noFormulas: 'berkas tidak menghitung nilai sendiri; nilai dihitung dengan template {{template}}',
  },
  finding: {
    heading: 'Temuan pada {{file}} (lembar "{{sheet}}")',
    none: 'Tidak ada temuan: rumus workbook sama dengan aturan standar.',
    count: '{{count}} temuan; nilai total workbook {{workbook}}, aturan standar {{standard}}',
    workbookFormula: 'rumus workbook',
    standardFormula: 'rumus standar',
    effect: 'pengaruh pada nilai total',
    formulaDiffers:
      'rumus {{id}} "{{title}}" menghasilkan {{shown}}, aturan standar {{expected}} (dengan jawaban berkas ini)',
    formulaCountsBlank:
      'rumus {{id}} "{{title}}" memberi nilai {{shown}} untuk jawaban yang kosong (dengan jawaban berkas ini); aturan standar tidak menghitung baris yang belum dijawab',
    optionValuesDiffer:
      'rumus baris ini memberi pilihan {{label}} nilai {{values}}, baris lain yang sejenis {{standard}}',
    foreignReference: 'rumus membaca isian baris {{rows}} milik pertanyaan lain (salin-tempel)',
    unrecognisedFormula:
      'rumus {{formula}} tidak dikenali sebagai rasio isian Jumlah; hasilnya dipakai apa adanya',
    unknownAnswerType:
      'Pilihan Jawaban "{{label}}" tidak dikenal rumusnya, sehingga {{value}} menampilkan "-" dan baris ini tidak ikut dirata-rata; dibaca sebagai "{{assumed}}"',
    answerNotAnOption: 'jawaban "{{answer}}" bukan pilihan {{label}}; tidak dihitung',
    typedTotalDiffers: '{{cell}} diketik {{typed}}, padahal rinciannya {{parts}} = {{sum}}',
    weightsDoNotAddUp:
      'bobot {{id}} "{{title}}" {{weight}} tidak sama dengan jumlah bobot di bawahnya ({{sum}})',
    missingWeight: '{{id}} "{{title}}" tidak berbobot',
    divisionByZero: '{{id}} "{{title}}" membagi dengan nol (#DIV/0!); workbench memakai nilai {{value}}',
    emptySubArea:
      'belum lengkap: sub-area {{id}} "{{title}}" belum ada jawabannya, sehingga Excel menampilkan {{error}} untuk nilai total',
    errorInWorkbook: 'sel menampilkan {{error}} ({{id}})',
    noFormulas:
      'lembar ini tidak berisi rumus nilai (lembar unggah portal); dibaca dengan template bawaan {{template}} menurut peta selnya',
    engineDiffers: '{{count}} sel rumus dihitung berbeda dari hasil yang disimpan Excel ({{cells}})',
    rowsNotCounted:
      '{{count}} baris pertanyaan tidak dihitung oleh rumus nilai total (baris {{rows}}); tidak ikut dinilai',
    unreadableFormula: 'rumus tidak dapat dibaca ({{reason}}); sel ini tidak ikut membentuk struktur LKE',
    // Formulas nested past what any workbook holds (issue 22)
    formulaTooDeep:
      'rumus tidak dapat dibaca (rumus bertumpuk lebih dari {{max}} tingkat; Excel membolehkan 64): sel ini memakai hasil yang tersimpan di berkas dan tidak ikut membentuk struktur LKE',
    readsOtherRow:
      'rumus nilai baris ini membaca jawaban baris {{rows}}, bukan jawabannya sendiri (salin-tempel)',
    matchedTemplate:
      'berkas tidak menghitung nilai sendiri; pertanyaannya dicocokkan dengan template {{template}} ({{matched}} dari {{questions}} pertanyaan) dan dinilai menurut aturannya',
    unmatchedRows: '{{count}} baris tidak cocok dengan pertanyaan template {{template}}: {{rows}}',
    // Findings are about the file (issue 22)
    formulaDiffersOnTrial:
      'dengan jawaban uji acak no. {{trial}}, rumus {{id}} "{{title}}" menghasilkan {{shown}}, aturan standar {{expected}}; dengan jawaban berkas ini sel menampilkan {{fileValue}}, sesuai aturan standar',
    formulaCountsBlankOnTrial:
      'dengan jawaban uji acak no. {{trial}} (baris ini dikosongkan), rumus {{id}} "{{title}}" memberi nilai {{shown}} untuk jawaban yang kosong, padahal aturan standar tidak menghitung baris yang belum dijawab; dengan jawaban berkas ini sel menampilkan {{fileValue}}, sesuai aturan standar',
    differenceExplained:
      'Selisih lembar "{{sheet}}" (rumus workbook − aturan standar): rumus workbook {{workbook}} − aturan standar {{standard}} = {{difference}}; pengaruh temuan di atas {{listed}}, selisih lain {{other}}',
    incompleteTotal:
      'belum lengkap: nilai total menampilkan {{error}} karena {{count}} jawaban masih kosong: {{answers}}',
    // A total must be a total (issue 22)
    totalNotATotal:
      'sel ini ({{value}}) tampak seperti nilai total tetapi menjumlahkan total {{totalCell}} ({{total}}) beserta komponennya lagi; nilai total workbook diambil dari {{totalCell}}',
    totalAboveMaximum:
      'nilai total {{value}} melebihi nilai maksimum {{max}}: sel ini tampaknya bukan nilai total (periksa rumusnya); nilai ini tetap dipakai sebagai nilai total workbook',
    totalNotItsComponents:
      'nilai total {{value}} tidak sama dengan jumlah komponennya {{parts}} = {{sum}}: rumusnya membaca sel lain lagi (periksa rumusnya); nilai ini tetap dipakai sebagai nilai total workbook',
    // A total the workbench adds states its maximum (issue 22)
    addedTotalAboveMaximum:
      'nilai total {{value}} melebihi nilai maksimum {{max}} (jumlah bobot komponen): workbook tidak memiliki baris total, jadi workbench menjumlahkan komponennya {{parts}}; rumus komponen menghitung lebih dari bagiannya (periksa rumusnya)',
  },
  export: {
    evidenceSheetAdded:
      'Satu sel Excel hanya memuat satu tautan: lembar "{{sheet}}" ditambahkan dengan setiap tautan bukti dukung yang dapat diklik ({{count}} tautan)',
    done: 'Diekspor: {{file}} ({{format}})',
    badFormat: '--format harus lke, portal2026 atau rekap',
    badRequest: 'permintaan ekspor tidak valid: {{message}}',
    notXlsx: 'berkas ekspor harus berakhiran .xlsx',
    noFolder: 'folder {{folder}} tidak ada',
    notAFile: 'nama ini adalah folder, bukan berkas',
    openElsewhere:
      'berkas sedang dibuka di {{app}} (ada {{lock}}); tutup dulu di {{app}} lalu ekspor lagi, atau pilih nama lain. Tidak ada yang ditulis',
    readOnly: 'berkas hanya-baca; pilih nama lain atau ubah izinnya. Tidak ada yang ditulis',
    folderReadOnly: 'folder {{folder}} tidak dapat ditulisi; pilih folder lain',
    diskFull: 'disk penuh: ekspor tidak tersimpan; kosongkan ruang lalu coba lagi',
    cannotWrite:
      'berkas tidak dapat ditulis ({{detail}}); tutup program yang membukanya atau pilih nama lain',
    pokjaNotForPortal:
      'unggahan portal 2026 selalu berisi seluruh LKE unit; --pokja hanya untuk lke dan rekap',
    unknownPokja: 'tidak ada isian untuk pokja "{{pokja}}"; pokja di dokumen ini: {{known}}',
    noPokja: 'belum ada isian yang diberi pokja; isi kolom pokja dulu (rbw set DOC KODE --pokja NAMA)',
    sourceUnusable: 'tata letak workbook asal {{file}} tidak dapat dipakai; diekspor sebagai LKE baru',
    priorUnavailable: 'dokumen tahun lalu {{file}} tidak dapat dibuka; rekap tanpa nilai tahun lalu',
    noRow: '{{code}} tidak punya baris di workbook asal; isiannya tidak ikut diekspor',
    computedCell: '{{code}}: sel ini dihitung oleh rumus workbook, isian dokumen tidak ditulis',
    noColumn: 'workbook asal tidak punya kolom {{field}}; isian itu tidak ikut diekspor',
    attachmentsNamed:
      '{{count}} lampiran yang tersimpan di dokumen hanya disebut namanya di berkas ini; bagikan sebagai tautan',
    reviewerColumnsAdded: 'kolom Jawaban TPI, Nilai TPI dan Catatan TPI ditambahkan di kanan lembar',
    formulaNotCopied: 'rumus sel ini tidak terbaca, sehingga tidak disalin ke kolom TPI',
    partsDropped: 'bagian workbook asal berikut tidak ikut terbawa: {{parts}}',
    portalMapped:
      'dokumen bertemplate {{template}}: isian dipetakan ke soal 2026 yang pertanyaannya sama (judul dan jenis jawaban)',
    portalUnplaced: '{{code}} "{{title}}" tidak ada padanannya di soal 2026; tidak ikut diunggah',
    portalEmpty: 'soal 2026 {{code}} "{{title}}" tidak ada padanannya di dokumen; dibiarkan kosong',
    portalAnswerDropped: '{{code}}: jawaban "{{answer}}" bukan pilihan soal 2026; dibiarkan kosong',
    rekap: {
      sheet: 'Rekap',
      code: 'Kode',
      item: 'Komponen / Area / Sub-area',
      weight: 'Bobot',
      value: 'Nilai',
      category: 'Kategori / Predikat',
      reviewer: 'Nilai TPI',
      prior: 'Nilai {{label}}',
      change: 'Perubahan',
      total: 'NILAI TOTAL',
      predicate: 'Predikat',
      condition: 'Syarat',
      figure: 'Capaian',
      threshold: 'Batas',
      pass: 'Terpenuhi',
      yes: 'Ya',
      no: 'Tidak',
      whole: 'area utuh',
      halves: 'per bagian Pemenuhan/Reform',
    },
  },
  merge: {
    // Rows of one code disagreeing in a pokja's file (issue 22)
    conflictInFile:
      '{{code}} {{field}}: berkas memuat kode ini di beberapa baris dengan nilai berbeda ({{rows}}) · dokumen {{ours}}; perbaiki berkas agar satu kode satu baris, atau pertahankan nilai dokumen (--take mine)',
    inFileRow: 'baris {{row}}: {{value}}',
    // A damaged copy merged (issue 22)
    badHistory:
      'riwayat salinan ini rusak (tindakan {{action}}): salinan tidak dapat dibandingkan dengan dokumen, tidak ada yang digabungkan. Gunakan salinan cadangannya',
    done: '{{count}} isian dari {{file}} (pokja {{pokja}}) digabungkan ke {{document}} sebagai satu tindakan; batalkan dengan rbw undo',
    nothing: 'tidak ada perubahan di {{file}} (pokja {{pokja}}); dokumen tidak diubah',
    notPokjaFile:
      'bukan berkas pokja dari RB Workbench (lembar "rbw" tidak ada atau rusak); ekspor dengan rbw export --pokja',
    noSheet: 'lembar LKE dengan kolom "Kode" tidak ditemukan',
    otherTemplate:
      'berkas dibuat dari {{document}} bertemplate {{template}}, dokumen ini {{expectedDocument}} bertemplate {{expected}}; tidak digabungkan',
    otherDocument:
      'berkas dibuat dari dokumen {{document}} (template {{template}}), bukan dari {{expectedDocument}} (template {{expected}}); tidak digabungkan',
    sameDocument: 'ini dokumen itu sendiri; gabungkan salinan lain dari dokumen ini',
    doneDocument:
      '{{count}} isian dari {{file}} digabungkan ke {{document}} sebagai satu tindakan; batalkan dengan rbw undo',
    nothingDocument: 'tidak ada perubahan dari {{file}}; dokumen tidak diubah',
    preview:
      'pratinjau {{file}}: {{changes}} isian akan berubah, {{conflicts}} konflik; dokumen tidak diubah',
    noBase:
      '{{file}} tidak membawa dasar ekspor (ekspor lama atau buatan tangan): setiap beda dengan dokumen perlu dipilih (--take theirs / --take mine); sel kosong tidak menghapus isian kecuali --allow-blank',
    blanksKept:
      '{{count}} sel kosong di {{file}} tidak menghapus isian dokumen (tambahkan --allow-blank untuk menghapusnya)',
    change: '{{code}} {{field}}: {{before}} → {{after}}',
    conflict:
      '{{code}} {{field}}: dasar {{base}} · dokumen {{ours}}{{by}} · berkas {{theirs}}{{row}}{{choice}}',
    conflictBy: ' (diubah {{author}}, {{at}})',
    conflictRow: ' (baris {{row}})',
    unknownBase: '?',
    chosen: ' → dipilih: {{side}}',
    sideTheirs: 'berkas',
    sideMine: 'dokumen',
    unresolved:
      '{{count}} konflik di {{file}}: isian yang diubah di dokumen dan di berkas dengan nilai berbeda; tidak ada yang ditulis. Pilih dengan --take theirs (nilai berkas) atau --take mine (nilai dokumen)',
    badTake: '--take harus theirs atau mine',
    pokjaGone: 'tidak ada lagi isian untuk pokja "{{pokja}}" di dokumen; tidak digabungkan',
    unknownCode: 'kode "{{code}}" tidak ada di template dokumen; tidak ada yang digabungkan',
    outsidePokja:
      '{{code}} di luar area pokja {{pokja}} tetapi diubah; tidak ada yang digabungkan (kembalikan baris itu atau minta pokjanya)',
  },
  yearly: {
    created:
      'Dokumen dibuat: {{file}} ({{template}}) dari tahun lalu {{source}} (nilai total tahun lalu {{total}})',
    carried:
      '{{carried}} dari {{answerables}} pertanyaan dan isian Jumlah membawa jawaban tahun lalu, ditandai "dari tahun lalu" sampai dikonfirmasi atau diubah',
    byKind:
      'Dicocokkan: {{table}} menurut tabel perubahan model, {{code}} kode dan teks sama, {{text}} teks sama, {{fuzzy}} teks mirip',
    renamedHeading:
      'Dicocokkan menurut tabel perubahan model (pertanyaan yang diganti nama atau dipindah; periksa):',
    fuzzyHeading: 'Dicocokkan menurut kemiripan teks (periksa):',
    fuzzyLine: '  {{to}} ← {{from}} ({{confidence}}) {{title}}',
    notCarried: 'Tanpa jawaban tahun lalu ({{count}}):',
    unmatched: 'Pertanyaan tahun lalu tanpa tempat tahun ini ({{count}}):',
    suggestion: 'mirip {{to}} ({{confidence}})',
    dropped: '  {{to}}: jawaban tahun lalu "{{answer}}" bukan pilihan pertanyaan ini; tidak dibawa',
    fileLeft: '  {{to}}: berkas bukti "{{file}}" tersimpan di dokumen tahun lalu; tidak dibawa',
    proposed: '{{count}} catatan reviewer tahun lalu menjadi usulan rekomendasi (rbw followup)',
    legend: '* = jawaban dari tahun lalu, belum dikonfirmasi',
    noLastYear: 'dokumen ini tidak dimulai dari tahun lalu',
  },
  evidenceSheet: {
    sheet: 'Bukti Dukung',
    columns: { code: 'Kode', question: 'Pertanyaan', text: 'Uraian bukti dukung', link: 'Tautan' },
  },
  followup: {
    sheet: 'Tindak Lanjut',
    columns: {
      number: 'No',
      code: 'Kode',
      part: 'Pertanyaan / bagian LKE',
      text: 'Rekomendasi',
      source: 'Sumber',
      pokja: 'Pokja',
      due: 'Tenggat',
      status: 'Status',
      evidence: 'Bukti penyelesaian',
      note: 'Keterangan',
    },
    sources: {
      'reviewer-note': 'Catatan reviewer tahun lalu',
      report: 'Laporan evaluator',
      'last-year': 'Dokumen tahun lalu',
    },
    unknown: 'rekomendasi #{{id}} tidak ada di dokumen ini',
    added: 'Rekomendasi #{{id}} ditambahkan',
    updated: 'Rekomendasi #{{id}} diubah',
    none: 'Belum ada rekomendasi',
    whole: 'seluruh dokumen',
    overdue: 'lewat tenggat',
    proposed: 'usulan',
    badMonth: '--due harus bulan YYYY-MM, misalnya 2026-05',
    badStatus: '--status harus belum, proses atau selesai',
    badAction: 'tindakan harus add atau set',
    counts:
      '{{total}} rekomendasi: {{belum}} belum, {{proses}} proses, {{selesai}} selesai; {{overdue}} lewat tenggat',
  },
  plan: {
    heading: 'rencana menuju {{target}}',
    byWorkbook: 'menurut rumus workbook sendiri',
    byStandard: 'menurut aturan regulasi',
    now: 'Sekarang',
    predicted: 'Setelah rencana',
    effortCount: 'upaya {{effort}}, {{count}} perubahan',
    unreachable: 'Target tidak tercapai dengan pertanyaan yang boleh diubah: ini rencana terbaik yang ada.',
    alreadyThere: 'Target sudah tercapai: tidak ada yang perlu diubah.',
    noPokja: 'Tanpa pokja',
    badTarget: 'target "{{target}}" bukan nilai (71 atau +10), kategori (B) atau predikat (wbk, wbbm)',
    unknownCode: 'kode "{{code}}" tidak ada di template dokumen',
    badReading: '--reading harus "whole", "halves" atau "both"',
    badEffort: '--effort "{{entry}}" harus KODE=N dengan N di atas 0',
    reading: { whole: 'area utuh', halves: 'per separuh', both: 'kedua cara baca' },
    sheet: {
      title: 'Rencana Aksi',
      document: 'Dokumen',
      now: 'Nilai sekarang',
      after: 'Nilai setelah rencana',
      no: 'No',
      pokja: 'Pokja',
      code: 'Kode',
      question: 'Pertanyaan',
      from: 'Jawaban sekarang',
      to: 'Target jawaban',
      gain: 'Tambahan nilai',
      effort: 'Upaya',
      owner: 'Penanggung jawab',
      month: 'Target bulan',
      status: 'Status',
    },
    written: 'Rencana Aksi ditulis: {{file}}',
  },
  portfolio: {
    heading: 'Portofolio {{folder}}: {{count}} unit',
    unit: 'Unit',
    model: 'Model',
    total: 'Nilai',
    category: 'Kat.',
    standard: 'Regulasi',
    completeness: 'Lengkap',
    reviewer: 'Reviewer',
    prior: 'Tahun lalu',
    change: 'Perubahan',
    predicates: 'Predikat',
    distribution: 'Kategori',
    incompleteNote: '* belum lengkap: ada sub-area tanpa jawaban (workbook menampilkan #DIV/0!)',
    withinReach: 'Dalam {{points}} poin dari kategori berikutnya',
    noneWithinReach: 'tidak ada',
    missing: 'kurang {{points}} poin',
    badReach: '--reach harus berupa jumlah poin (0 atau lebih)',
    rekap: {
      title: 'Rekap Evaluasi RB per Unit',
      folder: 'Folder',
      made: 'Dibuat',
      sheet: 'Rekap',
      rank: 'Peringkat',
      file: 'Berkas',
      total: 'Nilai',
      category: 'Kategori',
      standard: 'Nilai menurut regulasi',
      completeness: 'Kelengkapan',
      reviewer: 'Nilai evaluator',
      next: 'Kategori berikutnya',
      missing: 'Kurang (poin)',
      distributionSheet: 'Distribusi',
      distributionTitle: 'Jumlah unit per kategori',
      units: 'Jumlah unit',
      share: 'Persen',
      areaSheet: 'Area',
      areaTitle: 'Capaian tiap area (% dari bobot), model {{model}}',
    },
    written: 'Rekap ditulis: {{file}}',
    // Issue 22: an incomplete workbook is not a D.
    totalIncomplete: 'belum lengkap ({{error}})',
    incompleteUnit: '{{unit}}: belum lengkap, nilai total {{error}}; sub-area tanpa jawaban: {{subAreas}}',
    moreSubAreas: '{{shown}} dan {{count}} lainnya',
    partlyEmptyNote: '* ada sub-area tanpa jawaban; workbook tetap menghitung nilai total',
  },
  // Several windows on one document (undo takes back what the window itself did).
  otherWindows: {
    undoOvertaken: 'sudah diubah di jendela lain sesudahnya; dibiarkan seperti itu, tidak dibatalkan',
    redoOvertaken: 'sudah diubah di jendela lain sesudahnya; dibiarkan seperti itu, tidak diulang',
  },
  // A counted input whose part exceeds its whole (shared/scoring/count-over-whole.ts).
  counts: {
    overWhole:
      '{{part}} ({{partCount}}) melebihi {{whole}} ({{wholeCount}}); periksa angkanya. Nilai tetap dihitung seperti rumus LKE: paling tinggi 100%',
  },
  // Template files (.rbwt), the user's templates and templates from workbooks (issue 26)
  templateFile: {
    tooLarge: 'berkas template terlalu besar (paling besar {{limit}} MB)',
    notJson: 'berkas template bukan JSON yang valid: {{message}}',
    invalidField: 'berkas template tidak valid: {{message}}',
    tooDeep: 'berkas template bersarang terlalu dalam (paling dalam {{limit}} tingkat)',
    textTooLong: 'teks terlalu panjang ({{length}} karakter; paling banyak {{limit}})',
    tooManyNodes: 'template terlalu besar: {{count}} pertanyaan dan kelompok (paling banyak {{limit}})',
    badId: 'id template "{{id}}" tidak valid: huruf, angka, - _ . (paling banyak 64)',
    badName: 'nama template wajib diisi (paling panjang {{limit}} karakter)',
    builtinId: 'id "{{id}}" dipakai template bawaan; pilih id lain',
    exists: 'berkas sudah ada; pilih nama lain',
    saved: 'Template disimpan: {{id}} "{{title}}" ({{questions}} pertanyaan)',
    replaced: 'Template diperbarui: {{id}} "{{title}}" ({{questions}} pertanyaan)',
    withWorkbook:
      'Workbook {{file}} ikut disimpan (kosong): dokumen baru dinilai dan diekspor dengan rumusnya',
    exported: 'Template {{id}} diekspor: {{file}}',
    moved:
      'Dokumen {{file}} dibuat dari {{from}} ke {{to}}: {{kept}} tetap, {{moved}} berpindah, {{dropped}} tertinggal, {{added}} baru',
    movedItem: 'pindah',
    droppedItem: 'tertinggal',
    addedItem: 'baru',
    notImported: 'dokumen ini tidak diimpor dari workbook; template dibuat dari workbook',
    ownHeading: 'Template sendiri',
    usage:
      'pakai: rbw template from FILE --id ID --name NAMA | export ID --out F | add F | move DOC --out BARU',
  },
  // Surveys that feed Hasil (SKM / IPAK / IPKP): import, show, bind, report.
  survey: {
    noItemColumns:
      'tidak ada kolom yang judulnya menyebut butir survei {{kind}} (mis. "Persyaratan", "Pungutan liar")',
    twoColumnsOneItem:
      'kolom {{columns}} sama-sama tampak sebagai butir "{{item}}"; beri judul yang membedakan',
    missingElements: 'SKM memerlukan kesembilan unsur; tidak ditemukan kolom untuk: {{elements}}',
    tooManyRows:
      '{{rows}} baris data, lebih dari {{max}} responden yang dapat dibaca; ini bukan berkas satu survei',
    formulaColumn:
      'kolom {{column}} ("{{header}}") berisi rumus; simpan jawaban sebagai nilai, lalu impor lagi',
    unknownLabels:
      'kolom {{column}} ("{{header}}"): jawaban bukan pada skala 1–{{scale}}: {{labels}} (+{{more}} lainnya); periksa --scale',
    noRespondents: 'tidak ada satu pun baris jawaban',
    fewerThanSample:
      '{{respondents}} responden, kurang dari sampel {{needed}} untuk populasi {{population}} (Krejcie & Morgan)',
    fewerThanTpnMinimum:
      '{{respondents}} responden, kurang dari minimal {{minimum}} responden per unit kerja',
    elementUnanswered: 'unsur "{{element}}" tidak dijawab satu responden pun; IKM tidak dapat dihitung',
    scaleNotSkm: 'SKM memakai skala 1–4 (PermenPANRB 14/2017); --scale {{scale}} tidak berlaku',
    notFound: 'survei "{{name}}" tidak ada di dokumen ini',
    notBindable: 'pertanyaan {{code}} bukan pertanyaan Hasil bernilai 0–4 yang dapat diisi dari survei',
    questionNotFound: 'pertanyaan {{code}} tidak ada di dokumen ini',
    leftOut: 'baris {{row}} dilewati: kolom {{column}} ("{{header}}") berisi {{value}}, di luar skala',
    emptyRows: '{{count}} baris tanpa jawaban dilewati ({{rows}})',
    missingItems: 'butir yang tidak ditemukan di berkas: {{items}}',
    confirm: 'Terima pencocokan kolom ini? [y/T] ',
    needsYes: 'pencocokan kolom belum dikonfirmasi; jalankan lagi dengan --yes untuk menerimanya',
    imported: 'Survei "{{name}}" ({{kind}}) diimpor: {{respondents}} responden dari {{file}}',
    bound: 'Pertanyaan {{code}} kini mengambil nilainya dari survei "{{name}}"',
    none: 'Dokumen ini belum memuat survei.',
    // Suggested answers for the Pengungkit questions about the surveys (issue 27 item 4).
    suggestion: {
      held: '{{count}} survei {{kind}} dengan responden bertanggal tahun {{year}}: {{names}}',
      heldAtLeast:
        'sedikitnya {{count}} survei {{kind}} dengan responden bertanggal tahun {{year}}: {{names}} ({{undated}} survei tanpa tanggal tidak dihitung)',
      line: 'Saran jawaban {{code}} "{{title}}": {{answer}} (sekarang {{current}}) — {{reason}}',
    },
  },
  // Surveys: the report's text (rbw survey report, the window's survey panel).
  surveyReport: {
    respondents: 'responden',
    value: 'nilai (0–4)',
    source: 'Sumber',
    weightsExact: 'IKM = Σ (NRR × 1/9) × 25 (bobot tepat 1/9)',
    weightsRounded: 'IKM = Σ (NRR × 0,111) × 25 (bobot 0,111 seperti banyak aplikasi; semua 4 → 99,90)',
    conversion: {
      proportional: 'Nilai = rata-rata × 4 ÷ {{scale}} (rata-rata {{average}} pada skala 1–{{scale}})',
      range:
        'Nilai = 1 + 3 × (rata-rata − 1) ÷ ({{scale}} − 1) (rata-rata {{average}} pada skala 1–{{scale}})',
    },
    minimums: 'Batas minimal survei: WBK {{wbk}}, WBBM {{wbbm}}',
    sample: 'Populasi {{population}}: sampel minimal {{needed}} (Krejcie & Morgan)',
    elements: 'NRR per unsur',
    byServiceType: 'Per jenis layanan',
    bound: 'Mengisi {{code}} "{{title}}" dengan {{value}}',
  },
  // The template editor (issue 26).
  templateEditor: {
    idTaken: 'id "{{id}}" sudah dipakai template lain; pilih id lain atau buka template itu untuk diubah',
  },
  // The organisation's server (rbw serve, users, push, portal-token).
  server: {
    listening: 'Server RB Workbench: {{url}}',
    userSaved: 'Akun {{login}} ({{role}}) disimpan untuk {{organisation}}.',
    emptyPassword: 'kata sandi kosong: kirim kata sandi lewat standar input',
    pushed: '{{file}} diunggah dengan seluruh riwayatnya; id dokumen:',
    tokenCreated: 'Token PortalRB dibuat (simpan sekarang: hanya hash-nya yang disimpan; id {{id}}):',
    tokenRevoked: 'Token PortalRB {{id}} dicabut.',
    tokenUnknown: 'tidak ada token aktif dengan id {{id}}',
    badRole: 'peran harus salah satu dari {{roles}}',
    assigned: '{{login}} ditugaskan pada dokumen {{document}}.',
    pokjaNeeded: 'akun pokja memerlukan --pokja NAMA',
    // rbw pull (issue 24)
    pulled: '{{file}} diunduh beserta seluruh riwayatnya ({{size}} KB).',
    pullAddress:
      'alamat "{{address}}" harus berupa alamat server diikuti id dokumen: https://SERVER/ID_DOKUMEN',
    pullExists: '{{file}} sudah ada; pilih --out lain',
    pullRefused: 'server menolak: {{message}}',
    pullUnreachable: 'tidak dapat menghubungi {{url}}: {{message}}',
    tlsUnreadable: 'tidak dapat membaca {{file}} (sertifikat atau kunci PEM)',
    pushProgress: 'mengunggah {{n}} dari {{total}}: {{file}}',
    pushedFolder: '{{count}} dari {{total}} berkas diunggah.',
    pushFolderFailed: '{{failed}} berkas tidak diunggah (lihat di atas)',
  },
  // A laptop's replica of a server's document (issue 25).
  replica: {
    cloned: '{{file}}: replika "{{name}}" sampai revisi server {{revision}}',
    synced:
      '{{file}} tersinkron: {{sent}} tindakan terkirim, {{taken}} isian ditulis di server, {{pulled}} tindakan orang lain diambil; revisi server {{revision}}',
    conflict:
      '{{code}} {{field}}: dasar {{base}} · laptop {{ours}}{{by}} · server {{theirs}}{{theirsBy}}{{choice}}',
    sideMine: 'laptop',
    sideTheirs: 'server',
    unresolved:
      '{{count}} konflik di {{file}}: isian diubah di laptop dan di server secara berbeda; tidak ada yang ditulis. Pilih dengan --take mine (nilai laptop) atau --take theirs (nilai server)',
    refusedField: 'ditolak {{code}} {{field}}: {{reason}}',
    notReplica: 'bukan replika dokumen server; buat dengan rbw clone',
    exists: 'berkas sudah ada; pilih nama lain untuk --out',
    badServer: 'alamat server tidak valid: {{server}}',
    unreachable: 'server {{server}} tidak terjangkau; perubahan tetap di laptop, coba sinkron lagi nanti',
    signInAgain: 'sesi ke server {{server}} berakhir; masuk lagi: echo KATA_SANDI | rbw sync BERKAS.rbw',
    refused: 'server {{server}} menolak ({{status}}): {{reason}}',
    busy: 'replika terus diubah selama sinkron; coba lagi',
    // "Ambil dari server" (issue 25): a document id the server does not know (or the user may not read).
    notOnServer: 'dokumen tidak ada di server {{server}} atau tidak boleh Anda buka',
  },
} as const;
