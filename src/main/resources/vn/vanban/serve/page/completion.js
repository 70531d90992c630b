// Completion of plan keys and values from schema/ke-hoach.schema.json, the schema the command line
// validates with. The key path at the cursor is read from the indentation of the lines above, so it
// works on a plan that does not parse yet (which is when a clerk is typing).
'use strict';

window.PlanCompletion = (function () {
  let schema = null;

  function load() {
    return fetch('ke-hoach.schema.json').then(r => r.json()).then(s => { schema = s; });
  }

  function resolve(node) {
    let seen = 0;
    while (node && node.$ref && seen++ < 20) {
      const name = node.$ref.replace('#/$defs/', '');
      node = schema.$defs[name];
    }
    return node || {};
  }

  function description(node) {
    if (!node) return '';
    if (node.description) return node.description;
    return resolve(node).description || '';
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
    let node = schema;
    for (const step of path) {
      const resolved = resolve(node);
      if (step === '[]') {
        node = resolved.items;
      } else {
        node = resolved.properties ? resolved.properties[step] : null;
      }
      if (!node) return null;
    }
    return node;
  }

  function keyHints(cm, cursor, before) {
    const line = parse(before);
    const typed = /([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before)[0];
    const col = cursor.ch - typed.length;
    const found = context(cm, cursor.line, col, line.dashes);
    if (!found) return null;
    const node = walk(found.path);
    const properties = node ? resolve(node).properties : null;
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
          help.textContent = description(properties[k]).slice(0, 90);
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
    const node = walk(found.path.concat([m[3]]));
    if (!node) return null;
    const resolved = resolve(node);
    let values = [];
    if (resolved.enum) values = resolved.enum.map(v => v === null ? 'null' : String(v));
    else if (resolved.type === 'boolean') values = ['true', 'false'];
    const typed = m[4];
    const list = values.filter(v => v.startsWith(typed));
    if (!list.length) return null;
    return { list: list, from: CodeMirror.Pos(cursor.line, cursor.ch - typed.length), to: cursor };
  }

  /** The hint function for CodeMirror's show-hint add-on. */
  function hint(cm) {
    if (!schema) return null;
    const cursor = cm.getCursor();
    const before = cm.getLine(cursor.line).slice(0, cursor.ch);
    if (before.includes('#')) return null;
    return valueHints(cm, cursor, before) || keyHints(cm, cursor, before);
  }

  /** Whether the text before the cursor is a key being typed, so that suggestions may open by themselves. */
  function atKey(before) {
    return /^\s*(?:-\s+)*[A-Za-z_][A-Za-z0-9_]*$/.test(before);
  }

  return { load: load, hint: hint, atKey: atKey };
})();
