import { setWorldConstructor } from '@cucumber/cucumber';
import { TutorialWorld } from './tutorial_world';

// The spec's World; the harness's profiles load test/harness/harness_world.ts instead of this file.
setWorldConstructor(TutorialWorld);
