/** Vitest global setup for the `site` project: builds the sample site at the root and under a sub-path. */
import { astroBuild, TEST_BUILDS, withBuildLock } from './build-site';

export default async function setup(): Promise<void> {
  await withBuildLock(() => {
    for (const build of Object.values(TEST_BUILDS)) {
      const result = astroBuild(build);
      if (result.status !== 0) throw new Error(`test build into ${build.outDir} failed:\n${result.output}`);
    }
  });
}
