// @ts-check
/** The floor of a spec run: cucumber with the project's TypeScript loader, one feature of one empty step. */
module.exports = {
  default: {
    requireModule: ['ts-node/register/transpile-only'],
    require: ['scripts/floor/floor_steps.ts'],
    paths: ['scripts/floor/floor.feature'],
    format: ['summary'],
  },
};
