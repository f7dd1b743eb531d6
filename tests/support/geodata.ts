import { fileURLToPath } from 'node:url';
import { buildModel, type DashboardModel } from '../../src/lib/model/build-model';
import { readGeodataFiles } from '../../src/lib/data/read-geodata-files';

export const GEODATA_DIR = fileURLToPath(new URL('../../geodata', import.meta.url));

let cached: DashboardModel | undefined;

/** The model built from the repository's geodata/, once per test file. */
export function repoModel(): DashboardModel {
  cached ??= buildModel(readGeodataFiles(GEODATA_DIR));
  return cached;
}
