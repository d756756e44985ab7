// Electron's fuses, flipped in the packaged binary by electron-builder (afterPack in
// build/electron-builder.yml) right before it signs: what the packaged app must never do.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @type {import('@electron/fuses').FuseV1Config} */
const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // The window keeps no cookies, but if it ever does they are encrypted on disk.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the packed app.asar, checked against its signature where Electron can (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The window is loaded from disk (file://) and its scripts are ES modules, which need the file
  // protocol's privileges; turning this off needs a custom protocol first.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

/** electron-builder's afterPack hook. */
async function flipFusesAfterPack(context) {
  await context.packager.addElectronFuses(context, FUSES);
}

module.exports = flipFusesAfterPack;
module.exports.default = flipFusesAfterPack;
module.exports.FUSES = FUSES;
