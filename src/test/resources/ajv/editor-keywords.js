// Keywords the schemas carry for editors (the YAML language server's defaultSnippets): annotations
// that ajv's strict mode must know of, and that validate nothing.
module.exports = (ajv) => {
  ajv.addKeyword("defaultSnippets");
};
