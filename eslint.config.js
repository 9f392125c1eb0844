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
    // The offline page has the DOM and no Node types: it type-checks with its own tsconfig.
    files: ['src/web/**/*.ts'],
    languageOptions: {
      parserOptions: {project: './tsconfig.web.json'},
      globals: globals.browser,
    },
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
