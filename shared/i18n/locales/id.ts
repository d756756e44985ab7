/** Indonesian messages: the workbench's first language. Keys are shared with `en.ts`. */
export const id = {
  where: {
    sheet: 'lembar "{{name}}"',
    cell: 'sel {{cell}}',
    row: 'baris {{row}}',
  },
  menu: {
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
    notText: 'harus berupa teks',
    badEvidence: 'bukti dukung tidak valid: {{message}}',
    badStatus: 'status "{{status}}" tidak dikenal; pilihan: {{options}}',
    badMonth: 'bulan target "{{month}}" harus berbentuk TTTT-BB, misalnya 2026-05',
    unknownAttachment: 'lampiran "{{name}}" tidak ada di dokumen',
    attachmentTooLarge:
      'berkas "{{name}}" ({{size}} MB) melebihi batas {{max}} MB; simpan di drive bersama dan tempelkan tautannya',
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
    formulaDiffers: 'rumus {{id}} "{{title}}" menghasilkan {{shown}}, aturan standar {{expected}}',
    formulaCountsBlank:
      'rumus {{id}} "{{title}}" memberi nilai {{shown}} untuk jawaban yang kosong; aturan standar tidak menghitung baris yang belum dijawab',
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
    readsOtherRow:
      'rumus nilai baris ini membaca jawaban baris {{rows}}, bukan jawabannya sendiri (salin-tempel)',
    matchedTemplate:
      'berkas tidak menghitung nilai sendiri; pertanyaannya dicocokkan dengan template {{template}} ({{matched}} dari {{questions}} pertanyaan) dan dinilai menurut aturannya',
    unmatchedRows: '{{count}} baris tidak cocok dengan pertanyaan template {{template}}: {{rows}}',
  },
  export: {
    followupNotInSource:
      '{{count}} rekomendasi tidak ditulis ke workbook asal; ekspor rekap atau `rbw followup` untuk lembar Tindak Lanjut',
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
} as const;
