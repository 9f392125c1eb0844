const globals = require('globals');
const ignores = require('./eslint.ignores.js');

module.exports = [
  {ignores},
  ...require('gts'),
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    // The adapters use the core through its one entry file, src/core/index.ts.
    files: ['src/node/**/*.ts', 'src/apps-script/**/*.ts', 'src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*'],
              message: 'Import the core from its entry file (../core).',
            },
          ],
        },
      ],
    },
  },
];
