module.exports = [
  'dist/',
  'out/',
  'coverage/',
  '.lo-profile/',
  'node_modules/',
];
