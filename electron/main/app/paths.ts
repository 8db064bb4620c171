// Where the desktop app finds its files beside the code.
import path from 'node:path';

export type AppLocation = {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `app.getAppPath()`: the repository (development, `npm start`) or the app.asar archive (packaged). */
  appPath: string;
  /** `process.resourcesPath`: the packaged app's resources folder, beside app.asar. */
  resourcesPath: string;
};

/**
 * The folder holding `demo/*.ropa.json` (File › Open demo register): in the packaged app the resources folder, where
 * electron-builder.yml's extraResources copies resources/demo as demo/ (outside app.asar); otherwise the
 * repository's resources/. The backend's own default cannot serve: bundling moves its module away from resources/.
 */
export function resourcesDirOf({ isPackaged, appPath, resourcesPath }: AppLocation): string {
  return isPackaged ? resourcesPath : path.join(appPath, 'resources');
}
