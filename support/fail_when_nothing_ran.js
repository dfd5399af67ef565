// @ts-check
/**
 * A cucumber plugin: a run that executed no scenario fails, so a wrong path or tag cannot pass silently.
 * Plain JavaScript because cucumber imports plugins before any TypeScript loader is registered.
 * @type {import('@cucumber/cucumber/api').Plugin}
 */
module.exports = {
  type: 'plugin',
  coordinator({ on, operation, environment }) {
    if (operation !== 'runCucumber') return;
    let started = 0;
    on('message', (envelope) => {
      if (envelope.testCaseStarted) started += 1;
    });
    return () => {
      if (started > 0) return;
      environment.stderr.write('redis-pubsub-spec: no scenario ran: check the feature paths, --tags and --name given to cucumber-js.\n');
      // cucumber sets the exit code after its plugins have cleaned up; this is the last word.
      process.once('exit', () => (process.exitCode = 1));
    };
  },
};
