// Completion of keys and values from the schema the command line validates the document with:
// schema/ke-hoach.schema.json for a plan (and a Báo cáo or any type with parts), quyet-dinh and
// cong-van for a Quyết định and a Công văn (chosen by loai, as the loader chooses), co-quan for an
// organisation profile. A reference into another schema ("ke-hoach.schema.json#/$defs/co_quan")
// is followed there. The key path at the cursor is read from the indentation of the lines above,
// so it works on a document that does not parse yet (which is when a clerk is typing).
'use strict';

window.PlanCompletion = (function () {
  const FILES = { KH: 'ke-hoach.schema.json', 'QĐ': 'quyet-dinh.schema.json', CV: 'cong-van.schema.json',
    'ho-so': 'co-quan.schema.json' };
  const schemas = {};
  let file = FILES.KH;

  function load() {
    return Promise.all(Object.values(FILES).map(name => fetch(name).then(r => r.json()).then(s => { schemas[name] = s; })));
  }

  /**
   * What a document is, from its text: 'ho-so' for an organisation profile (it names its tier,
   * cap, and has no content), else its loai (KH when it names none), as the server tells files apart.
   */
  function kindOf(text) {
    if (/^cap\s*:/m.test(text) && !/^noi_dung\s*:/m.test(text)) return 'ho-so';
    const m = /^loai\s*:\s*["']?([^\s"'#]+)/m.exec(text);
    return m ? m[1].normalize('NFC') : 'KH';
  }

  /** The schema a document of this kind is validated with: its own, or the plan's for every type with parts. */
  function schemaOf(kind) {
    return FILES[kind] || FILES.KH;
  }

  /** A place in the schemas: the file and the schema object; references followed, to another file too. */
  function resolve(at) {
    let seen = 0;
    while (at.node && at.node.$ref && seen++ < 20) {
      const ref = at.node.$ref;
      const hash = ref.indexOf('#');
      const target = hash > 0 ? ref.slice(0, hash) : at.file;
      let node = schemas[target];
      for (const step of ref.slice(hash + 1).split('/').filter(Boolean)) {
        node = node ? node[step.replace(/~1/g, '/').replace(/~0/g, '~')] : null;
      }
      at = { file: target, node: node };
    }
    return at.node ? at : { file: at.file, node: {} };
  }

  function description(at) {
    if (!at.node) return '';
    if (at.node.description) return at.node.description;
    return resolve(at).node.description || '';
  }

  /** One line as [indent][- ]*[key: value]: where its key starts, the columns of its dashes, its key and value. */
  function parse(text) {
    const m = /^(\s*)((?:-\s+)*)(.*)$/.exec(text);
    const indent = m[1].length;
    const dashes = [];
    let col = indent;
    const dashPart = m[2];
    for (let i = 0; i < dashPart.length; i++) {
      if (dashPart[i] === '-') dashes.push(col + i);
    }
    col = indent + dashPart.length;
    const rest = m[3];
    const kv = /^([A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s+(.*))?$/.exec(rest) || /^([A-Za-z_][A-Za-z0-9_]*)\s*:$/.exec(rest);
    return {
      blank: rest.trim() === '' && dashes.length === 0 || rest.trim().startsWith('#') && dashes.length === 0,
      col: col,
      dashes: dashes,
      key: kv ? kv[1] : null,
      value: kv ? (kv[2] || '').replace(/\s+#.*$/, '').trim() : rest.trim()
    };
  }

  /**
   * The path of keys ('[]' for a list item) of the mapping whose keys start at column col, seen
   * from line `from` upwards; the keys already written in it (siblings).
   */
  function context(cm, lineNo, col, dashes) {
    const path = [];
    const siblings = new Set();
    let mode = 'map';
    let target = col;
    let collecting = true;
    // From a line whose key starts at column line.col: into its mapping, or, when a dash stands
    // right before the key, into the list that holds that mapping as an item.
    function enter(line) {
      mode = 'map';
      target = line.col;
      const last = line.dashes[line.dashes.length - 1];
      if (last === target - 2) {
        path.unshift('[]');
        mode = 'seq';
        target = last;
      }
    }
    enter({ col: col, dashes: dashes });
    collecting = mode === 'map';
    for (let i = lineNo - 1; i >= 0 && target >= 0; i--) {
      const line = parse(cm.getLine(i));
      if (line.blank) continue;
      if (mode === 'map') {
        if (line.col === target && line.key) {
          if (collecting) siblings.add(line.key);
          enter(line);
          collecting = collecting && mode === 'map';
        } else if (line.col < target && line.key && line.value === '') {
          path.unshift(line.key);
          collecting = false;
          enter(line);
        } else if (line.col < target) {
          return null;
        }
      } else {
        if (line.dashes.includes(target)) continue;
        if (line.key && line.value === '' && (line.col < target || (line.col === target && line.dashes.length === 0))) {
          path.unshift(line.key);
          enter(line);
        } else if (line.col < target) {
          return null;
        }
      }
      if (target === 0 && mode === 'map' && !collecting) break;
    }
    if (mode === 'seq' || target !== 0) return null;
    return { path: path, siblings: siblings };
  }

  function walk(path) {
    let at = { file: file, node: schemas[file] };
    for (const step of path) {
      const resolved = resolve(at);
      if (step === '[]') {
        at = { file: resolved.file, node: resolved.node.items };
      } else {
        at = { file: resolved.file, node: resolved.node.properties ? resolved.node.properties[step] : null };
      }
      if (!at.node) return null;
    }
    return at;
  }

  function keyHints(cm, cursor, before) {
    const line = parse(before);
    const typed = /([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before)[0];
    const col = cursor.ch - typed.length;
    const found = context(cm, cursor.line, col, line.dashes);
    if (!found) return null;
    const at = walk(found.path);
    const resolved = at ? resolve(at) : null;
    const properties = resolved ? resolved.node.properties : null;
    if (!properties) return null;
    const list = Object.keys(properties)
      .filter(k => !found.siblings.has(k) && k.startsWith(typed))
      .map(k => ({
        text: k + ': ',
        displayText: k,
        render: (element, self, data) => {
          element.appendChild(document.createTextNode(k));
          const help = document.createElement('span');
          help.className = 'hint-help';
          help.textContent = description({ file: resolved.file, node: properties[k] }).slice(0, 90);
          element.appendChild(help);
        }
      }));
    return { list: list, from: CodeMirror.Pos(cursor.line, col), to: cursor };
  }

  function valueHints(cm, cursor, before) {
    const m = /^(\s*)((?:-\s+)*)([A-Za-z_][A-Za-z0-9_]*):\s+(\S*)$/.exec(before);
    if (!m) return null;
    const keyCol = m[1].length + m[2].length;
    const line = parse(before);
    const found = context(cm, cursor.line, keyCol, line.dashes);
    if (!found) return null;
    const at = walk(found.path.concat([m[3]]));
    if (!at) return null;
    const resolved = resolve(at).node;
    let values = [];
    if (resolved.enum) values = resolved.enum.map(v => v === null ? 'null' : String(v));
    else if (resolved.const !== undefined) values = [String(resolved.const)];
    else if (resolved.type === 'boolean') values = ['true', 'false'];
    const typed = m[4];
    const list = values.filter(v => v.startsWith(typed));
    if (!list.length) return null;
    return { list: list, from: CodeMirror.Pos(cursor.line, cursor.ch - typed.length), to: cursor };
  }

  /** The hint function for CodeMirror's show-hint add-on. */
  function hint(cm) {
    file = schemaOf(kindOf(cm.getValue()));
    if (!schemas[file]) return null;
    const cursor = cm.getCursor();
    const before = cm.getLine(cursor.line).slice(0, cursor.ch);
    if (before.includes('#')) return null;
    return valueHints(cm, cursor, before) || keyHints(cm, cursor, before);
  }

  /** Whether the text before the cursor is a key being typed, so that suggestions may open by themselves. */
  function atKey(before) {
    return /^\s*(?:-\s+)*[A-Za-z_][A-Za-z0-9_]*$/.test(before);
  }

  return { load: load, hint: hint, atKey: atKey, kindOf: kindOf };
})();
