// The clerk's desk: the page talks to vanban serve on this machine only (same origin); every check,
// rendering and conversion is done there by the same code as the command line.
'use strict';

(function () {
  const $ = id => document.getElementById(id);

  let desk = null;
  let editor = null;
  let current = { path: null, name: 'ke-hoach.yaml', saved: '', suggested: null };
  let lintSequence = 0;
  let messageWidgets = [];
  let errorsInEditor = 1;
  const preview = { running: false, pending: false, shownText: null, timer: null, revision: 0 };
  let haveProfiles = false;
  /** The document types by their loai, as the status line names them; a profile is 'ho-so'. */
  const KIND_NAMES = { KH: 'Kế hoạch', 'QĐ': 'Quyết định', BC: 'Báo cáo', CV: 'Công văn', CTr: 'Chương trình',
    PA: 'Phương án', 'ho-so': 'Hồ sơ cơ quan' };
  /** The types a companion goes with (vanban companion): the others get no "Văn bản đi kèm". */
  const PLANS = ['KH', 'CTr', 'PA'];

  class DeskError extends Error {
    constructor(message, status, problems) {
      super(message);
      this.status = status;
      this.problems = problems || [];
    }
  }

  async function request(method, path, params, body) {
    const query = params ? '?' + new URLSearchParams(params).toString() : '';
    const response = await fetch(path + query, { method: method, body: body, credentials: 'same-origin' });
    if (response.ok) return response;
    let message = 'Lỗi ' + response.status;
    let problems = [];
    const type = response.headers.get('Content-Type') || '';
    if (type.startsWith('application/json')) {
      const data = await response.json();
      if (data.error) message = data.error;
      if (data.problems) {
        problems = data.problems;
        message = problems.map(p => p.text).join('\n');
      }
    } else {
      message = (await response.text()).trim() || message;
    }
    throw new DeskError(message, response.status, problems);
  }

  async function json(method, path, params, body) {
    return (await request(method, path, params, body)).json();
  }

  // ---- tabs -------------------------------------------------------------------------------

  function showTab(name) {
    document.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.panel === name));
    document.querySelectorAll('.panel').forEach(p => p.classList.toggle('active', p.id === 'panel-' + name));
    if (name === 'soan' && editor) editor.refresh();
  }

  // ---- the plan in the editor ---------------------------------------------------------------

  function baseName(path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  function folderOf(path) {
    return path && path.includes('/') ? path.substring(0, path.lastIndexOf('/') + 1) : '';
  }

  function modified() {
    return editor.getValue() !== current.saved;
  }

  /** What the document in the editor is: its loai, or 'ho-so' for an organisation profile (KH while the editor starts). */
  function currentKind() {
    return editor ? PlanCompletion.kindOf(editor.getValue()) : 'KH';
  }

  function kindName(kind) {
    return KIND_NAMES[kind] || 'Văn bản';
  }

  /** Each button does what the command line does to this kind of document; the others wait. */
  function updateActions() {
    const kind = currentKind();
    const profile = kind === 'ho-so';
    const plan = PLANS.includes(kind);
    ['download-docx', 'download-pdf', 'next-year'].forEach(id => { $(id).disabled = profile; });
    $('derive').disabled = !plan || !haveProfiles;
    $('companion').disabled = !plan;
    $('companion').title = plan ? 'Soạn quyết định ban hành, báo cáo kết quả hoặc công văn triển khai từ kế hoạch đang mở'
      : 'Văn bản đi kèm được soạn từ một kế hoạch (loai: KH)';
  }

  function showTitle() {
    const title = $('plan-name');
    title.textContent = current.path || current.name;
    if (!current.path) {
      const note = document.createElement('span');
      note.className = 'unsaved';
      note.textContent = ' — chưa lưu vào thư mục';
      title.appendChild(note);
    } else if (modified()) {
      const note = document.createElement('span');
      note.className = 'unsaved';
      note.textContent = ' — có thay đổi chưa lưu';
      title.appendChild(note);
    }
    document.querySelectorAll('#file-list button').forEach(b => b.classList.toggle('current', b.dataset.path === current.path));
  }

  function setDocument(doc) {
    current = { path: doc.path, name: doc.name, saved: doc.path ? doc.text : '', suggested: doc.suggested || null };
    preview.shownText = null;
    editor.setValue(doc.text);
    editor.clearHistory();
    editor.focus();
    showTitle();
  }

  function replaceAllowed() {
    return !modified() || !editor.getValue().trim()
      || confirm('Văn bản đang soạn có thay đổi chưa lưu. Bỏ các thay đổi đó?');
  }

  async function openFile(path) {
    if (!replaceAllowed()) return;
    try {
      const file = await json('GET', '/api/file', { tep: path });
      hideReport();
      setDocument(file);
    } catch (e) {
      setStatus(e.message, 'bad');
    }
  }

  function newPlan(reply, title) {
    setDocument({ path: null, name: reply.name, text: reply.text, suggested: folderOf(current.path) + reply.name });
    const warnings = (reply.problems || []).map(p => p.text).join('\n');
    showReport(title, reply.report + (warnings ? '\n' + warnings : ''));
    showTab('soan');
  }

  function showReport(title, text) {
    $('report-title').textContent = title;
    $('report').textContent = text;
    $('report-box').hidden = false;
  }

  function hideReport() {
    $('report-box').hidden = true;
  }

  function setStatus(text, kind) {
    const status = $('status');
    status.textContent = text;
    status.className = 'status' + (kind ? ' ' + kind : '');
  }

  // ---- messages while typing: the command line's loader, through /api/lint -------------------

  function annotation(cm, problem) {
    const line = Math.max(problem.line, 1) - 1;
    const text = cm.getLine(line) || '';
    const ch = Math.min(Math.max(problem.column, 1) - 1, text.length);
    const word = /^\S*/.exec(text.slice(ch))[0].length;
    return {
      from: CodeMirror.Pos(line, problem.line ? ch : 0),
      to: CodeMirror.Pos(line, problem.line && word ? ch + word : text.length),
      message: problem.message,
      severity: problem.error ? 'error' : 'warning'
    };
  }

  /** Each message also stands under its own line, where the clerk is looking. */
  function showInline(problems) {
    messageWidgets.forEach(w => w.clear());
    messageWidgets = problems.filter(p => p.line > 0).slice(0, 20).map(p => {
      const note = document.createElement('div');
      note.className = 'inline-message ' + (p.error ? 'error' : 'warning');
      note.textContent = (p.error ? '' : 'cảnh báo: ') + p.message + ' (dòng ' + p.line + ', cột ' + Math.max(p.column, 1) + ')';
      return editor.addLineWidget(Math.min(p.line, editor.lineCount()) - 1, note, { coverGutter: false, noHScroll: true });
    });
  }

  function showProblems(problems) {
    showInline(problems);
    const list = $('problems');
    list.textContent = '';
    for (const p of problems) {
      const item = document.createElement('li');
      item.className = p.error ? 'error' : 'warning';
      item.dataset.line = p.line;
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = p.line ? 'Dòng ' + p.line + ', cột ' + Math.max(p.column, 1) + ': ' : 'Cả tệp: ';
      item.appendChild(where);
      item.appendChild(document.createTextNode((p.error ? '' : 'cảnh báo: ') + p.message));
      item.addEventListener('click', () => {
        if (p.line) {
          editor.setCursor(CodeMirror.Pos(p.line - 1, Math.max(p.column, 1) - 1));
          editor.focus();
        }
      });
      list.appendChild(item);
    }
    const errors = problems.filter(p => p.error).length;
    const warnings = problems.length - errors;
    if (errors) {
      setStatus(errors + ' lỗi' + (warnings ? ', ' + warnings + ' cảnh báo' : '')
        + ': sửa các dòng được đánh dấu, vanban mới dựng được văn bản.', 'bad');
    } else {
      setStatus(kindName(currentKind()) + ' hợp lệ' + (warnings ? ' (' + warnings + ' cảnh báo)' : '') + '.', 'ok');
    }
  }

  function lint(text, done, options, cm) {
    const sequence = ++lintSequence;
    if (!text.trim()) {
      done([]);
      showProblems([]);
      setStatus('');
      return;
    }
    json('POST', '/api/lint', { ten: current.name }, text).then(reply => {
      if (sequence !== lintSequence) return;
      done(reply.problems.map(p => annotation(cm, p)));
      showProblems(reply.problems);
      errorsInEditor = reply.problems.filter(p => p.error).length;
      if (currentKind() === 'ho-so') {
        $('preview-pages').textContent = '';
        setPreviewState('Hồ sơ cơ quan không có trang in: chọn hồ sơ ở ô bên nút “Soạn cho cấp dưới” để soạn kế hoạch'
          + ' cho cơ quan này từ kế hoạch cấp trên.');
      } else if (errorsInEditor === 0) {
        schedulePreview();
      } else {
        $('preview-pages').classList.add('stale');
        setPreviewState('Văn bản đang có lỗi; trang xem trước là của lần hợp lệ gần nhất.');
      }
    }).catch(e => {
      setStatus(e.message, 'bad');
      done([]);
    });
  }

  // ---- preview: LibreOffice pages, through /api/preview -------------------------------------

  function setPreviewState(text, kind) {
    const state = $('preview-state');
    state.textContent = text;
    state.className = 'preview-state' + (kind ? ' ' + kind : '');
  }

  function schedulePreview() {
    if (editor.getValue() === preview.shownText) return;
    clearTimeout(preview.timer);
    preview.timer = setTimeout(runPreview, 700);
  }

  async function runPreview() {
    if (preview.running) {
      preview.pending = true;
      return;
    }
    const text = editor.getValue();
    if (text === preview.shownText || errorsInEditor) return;
    preview.running = true;
    setPreviewState('Đang dựng trang xem trước…');
    try {
      const reply = await json('POST', '/api/preview', { ten: current.name }, text);
      preview.shownText = text;
      const pages = $('preview-pages');
      pages.textContent = '';
      pages.classList.remove('stale');
      if (reply.office.length) {
        setPreviewState(reply.office.join('\n') + '\n\nKhông có trang xem trước, nhưng vẫn tải được tệp .docx'
          + ' bằng nút “Tải .docx”.', 'missing');
      } else {
        reply.pages.forEach((src, i) => {
          const img = document.createElement('img');
          img.src = src;
          img.alt = 'Trang ' + (i + 1);
          pages.appendChild(img);
        });
        const time = new Date().toLocaleTimeString('vi-VN');
        setPreviewState(reply.pages.length + ' trang, cập nhật lúc ' + time + ' (LibreOffice).'
          + (reply.warnings.length ? '\nCảnh báo: ' + reply.warnings.join('; ') : ''));
      }
      preview.revision++;
      pages.dataset.revision = String(preview.revision);
    } catch (e) {
      setPreviewState(e.problems.length ? 'Văn bản đang có lỗi; sửa rồi trang xem trước sẽ cập nhật.' : e.message,
        e.problems.length ? '' : 'missing');
    } finally {
      preview.running = false;
      if (preview.pending) {
        preview.pending = false;
        runPreview();
      }
    }
  }

  // ---- what the command line does to a plan -------------------------------------------------

  function fileNameOf(response, fallback) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    return encoded ? decodeURIComponent(encoded[1]) : fallback;
  }

  function saveBlob(blob, name) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
      link.remove();
    }, 2000);
  }

  async function download(path, extension, what) {
    setStatus('Đang tạo ' + what + '…');
    try {
      const response = await request('POST', path, { ten: current.name }, editor.getValue());
      const name = fileNameOf(response, current.name.replace(/\.ya?ml$/i, '') + extension);
      saveBlob(await response.blob(), name);
      setStatus('Đã tải ' + name + ' (thư mục Tải về của trình duyệt).', 'ok');
    } catch (e) {
      setStatus(e.message, 'bad');
      if (e.problems.length) showProblems(e.problems);
    }
  }

  async function save() {
    const text = editor.getValue();
    let path = current.path;
    if (!path) {
      path = prompt('Lưu văn bản vào thư mục làm việc, với tên (có thể kèm thư mục con):',
        current.suggested || current.name);
      if (!path) return;
    }
    const params = { tep: path, ghi_de: current.path === path ? '1' : '0' };
    try {
      await request('POST', '/api/file', params, text);
    } catch (e) {
      if (e.status !== 409 || !confirm(e.message + '\n\nGhi đè tệp đó?')) {
        setStatus(e.message, 'bad');
        return;
      }
      try {
        await request('POST', '/api/file', { tep: path, ghi_de: '1' }, text);
      } catch (again) {
        setStatus(again.message, 'bad');
        return;
      }
    }
    current = { path: path, name: baseName(path), saved: text, suggested: null };
    setStatus('Đã lưu ' + path + '.', 'ok');
    showTitle();
    loadFiles();
  }

  async function transform(path, params, title, what) {
    setStatus('Đang soạn…');
    try {
      const reply = await json('POST', path, Object.assign({ ten: current.name }, params), editor.getValue());
      if (!replaceAllowed()) return;
      newPlan(reply, title);
      setStatus((what || 'Kế hoạch mới') + ' ' + reply.name + ' đã mở trong khung soạn thảo; xem báo cáo ở dưới rồi bấm “Lưu”.',
        'ok');
    } catch (e) {
      setStatus(e.message, 'bad');
    }
  }

  // ---- files dropped on the page: check, import ----------------------------------------------

  function megabytes(bytes) {
    return (bytes / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' MB';
  }

  function tooLarge(file, summary) {
    if (file.size <= desk.uploadLimit) return false;
    summary.textContent = file.name + ': tệp quá lớn (' + megabytes(file.size) + '); trang chỉ nhận tệp đến '
      + desk.uploadLimitText + '.';
    summary.className = 'summary bad';
    return true;
  }

  function dropZone(zone, input, handler) {
    zone.addEventListener('dragover', e => {
      e.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer.files.length) handler(e.dataTransfer.files[0]);
    });
    input.addEventListener('change', () => {
      if (input.files.length) handler(input.files[0]);
      input.value = '';
    });
  }

  function where(finding) {
    if (!finding.paragraphs.length) return 'toàn văn bản';
    const shown = finding.paragraphs.slice(0, 8).join(', ');
    const more = finding.paragraphs.length > 8 ? ' và ' + (finding.paragraphs.length - 8) + ' đoạn khác' : '';
    return 'đoạn ' + shown + more + (finding.excerpt ? ' «' + finding.excerpt + '»' : '');
  }

  function selectFinding(row, finding) {
    document.querySelectorAll('#findings tr.selected').forEach(r => r.classList.remove('selected'));
    document.querySelectorAll('#check-text p.selected').forEach(p => p.classList.remove('selected'));
    row.classList.add('selected');
    let first = null;
    for (const n of finding.paragraphs) {
      const paragraph = $('doan-' + n);
      if (paragraph) {
        paragraph.classList.add('selected');
        first = first || paragraph;
      }
    }
    if (first) first.scrollIntoView({ block: 'center' });
  }

  function showFindings(reply) {
    const summary = $('check-summary');
    summary.textContent = reply.file + ': ' + (reply.findings.length
      ? reply.errors + ' lỗi, ' + reply.warnings + ' cảnh báo theo Nghị định 30/2020/NĐ-CP'
      : 'không có lỗi nào theo Nghị định 30/2020/NĐ-CP');
    summary.className = 'summary ' + (reply.errors ? 'bad' : 'ok');
    const flagged = new Set(reply.findings.flatMap(f => f.paragraphs));
    const text = $('check-text');
    text.textContent = '';
    for (const p of reply.paragraphs) {
      if (!p.text.trim() && !flagged.has(p.number)) continue;
      const paragraph = document.createElement('p');
      paragraph.id = 'doan-' + p.number;
      if (flagged.has(p.number)) paragraph.className = 'flagged';
      const number = document.createElement('span');
      number.className = 'n';
      number.textContent = p.number;
      paragraph.appendChild(number);
      paragraph.appendChild(document.createTextNode(p.text));
      text.appendChild(paragraph);
    }
    text.hidden = false;
    const body = document.querySelector('#findings tbody');
    body.textContent = '';
    for (const f of reply.findings) {
      const row = document.createElement('tr');
      row.className = 'finding ' + (f.error ? 'error' : 'warning');
      const cells = [f.severity, where(f), f.message, f.source];
      cells.forEach((value, i) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        if (i === 0) cell.className = 'severity';
        if (i === 3) {
          const rule = document.createElement('span');
          rule.className = 'rule';
          rule.textContent = f.rule;
          cell.appendChild(rule);
        }
        row.appendChild(cell);
      });
      row.addEventListener('click', () => selectFinding(row, f));
      body.appendChild(row);
    }
    $('findings').hidden = reply.findings.length === 0;
  }

  async function checkFile(file) {
    const summary = $('check-summary');
    $('findings').hidden = true;
    $('check-text').hidden = true;
    if (tooLarge(file, summary)) return;
    summary.textContent = 'Đang kiểm tra ' + file.name + '…';
    summary.className = 'summary';
    try {
      showFindings(await json('POST', '/api/check', { ten: file.name }, file));
    } catch (e) {
      summary.textContent = e.message;
      summary.className = 'summary bad';
    }
  }

  async function importFile(file) {
    const summary = $('import-summary');
    if (tooLarge(file, summary)) return;
    summary.textContent = 'Đang đọc ' + file.name + '…';
    summary.className = 'summary';
    try {
      const reply = await json('POST', '/api/import', { ten: file.name }, file);
      if (!replaceAllowed()) return;
      const notes = reply.report ? reply.report.split('\n').length : 0;
      summary.textContent = 'Đã nhập ' + file.name + (notes ? ': ' + notes + ' chỗ cần xem lại.' : '.');
      summary.className = 'summary ok';
      newPlan(reply, notes ? 'Những chỗ cần xem lại sau khi nhập ' + file.name : 'Đã nhập ' + file.name);
    } catch (e) {
      summary.textContent = e.message;
      summary.className = 'summary bad';
    }
  }

  // ---- batch for a province, with progress --------------------------------------------------

  function showBatch(status) {
    const percent = status.total ? Math.floor(100 * status.done / status.total) : 100;
    $('batch-progress').value = percent;
    $('batch-label').textContent = status.done + '/' + status.total + ' đơn vị (' + percent + ' %)'
      + (status.finished ? ' — xong' : '');
    const result = $('batch-result');
    result.textContent = '';
    if (status.error) {
      result.textContent = status.error;
      result.className = 'summary bad';
    } else if (status.finished) {
      result.className = 'summary ' + (status.failed ? 'bad' : 'ok');
      result.appendChild(document.createTextNode((status.done - status.failed) + ' văn bản'
        + (status.failed ? ', ' + status.failed + ' đơn vị lỗi' : '') + '. '));
      const link = document.createElement('a');
      link.id = 'batch-zip';
      link.href = '/api/batch/zip?id=' + encodeURIComponent(status.id);
      link.textContent = 'Tải ' + status.zip;
      result.appendChild(link);
    }
    const failures = $('batch-failures');
    failures.textContent = '';
    for (const warning of status.warnings) {
      const item = document.createElement('li');
      item.className = 'warning';
      item.textContent = 'Lưu ý: ' + warning;
      failures.appendChild(item);
    }
    for (const failure of status.failures) {
      const item = document.createElement('li');
      item.textContent = failure;
      failures.appendChild(item);
    }
  }

  async function startBatch() {
    const button = $('batch-start');
    button.disabled = true;
    $('batch-result').textContent = '';
    try {
      let status = await json('POST', '/api/batch', { ten: current.name, tinh: $('province').value }, editor.getValue());
      showBatch(status);
      while (!status.finished) {
        await new Promise(resolve => setTimeout(resolve, 300));
        status = await json('GET', '/api/batch', { id: status.id });
        showBatch(status);
      }
    } catch (e) {
      $('batch-result').textContent = e.message;
      $('batch-result').className = 'summary bad';
    } finally {
      button.disabled = false;
    }
  }

  // ---- start -----------------------------------------------------------------------------

  async function loadFiles() {
    desk = await json('GET', '/api/desk');
    // The folder's own name; the whole path when the pointer rests on it.
    $('folder').textContent = desk.folder.split(/[\\/]/).filter(Boolean).pop() || desk.folder;
    $('folder').title = desk.folder;
    const list = $('file-list');
    list.textContent = '';
    const profile = $('profile');
    const chosen = profile.value;
    profile.textContent = '';
    for (const file of desk.files) {
      if (file.kind === 'ho-so') {
        const option = document.createElement('option');
        option.value = file.path;
        option.textContent = 'theo hồ sơ ' + file.path;
        profile.appendChild(option);
      }
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.path = file.path;
      button.dataset.kind = file.kind;
      button.textContent = baseName(file.path);
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = file.label + (folderOf(file.path) ? ' — ' + folderOf(file.path) : '');
      button.appendChild(kind);
      button.addEventListener('click', () => openFile(file.path));
      item.appendChild(button);
      list.appendChild(item);
    }
    if (chosen) profile.value = chosen;
    haveProfiles = profile.options.length > 0;
    updateActions();
    if (!profile.options.length) {
      const option = document.createElement('option');
      option.textContent = 'Thư mục chưa có hồ sơ cơ quan';
      profile.appendChild(option);
    }
    showTitle();
  }

  function fillProvinces() {
    const select = $('province');
    for (const p of desk.provinces) {
      const option = document.createElement('option');
      option.value = p.code;
      option.textContent = p.name;
      select.appendChild(option);
    }
  }

  function startEditor() {
    editor = CodeMirror($('editor'), {
      mode: 'yaml',
      lineNumbers: true,
      lineWrapping: true,
      styleActiveLine: true,
      indentUnit: 2,
      tabSize: 2,
      gutters: ['CodeMirror-lint-markers', 'CodeMirror-linenumbers'],
      lint: { getAnnotations: lint, async: true, delay: 350 },
      hintOptions: { hint: PlanCompletion.hint, completeSingle: false },
      extraKeys: {
        'Ctrl-Space': 'autocomplete',
        'Ctrl-S': () => save(),
        // YAML does not allow tabs: the Tab key indents with spaces.
        Tab: cm => cm.somethingSelected() ? cm.indentSelection('add')
          : cm.replaceSelection(' '.repeat(cm.getOption('indentUnit')), 'end')
      }
    });
    editor.on('change', () => {
      showTitle();
      updateActions();
    });
    editor.on('inputRead', (cm, change) => {
      if (change.origin !== '+input' || !/[A-Za-z_]/.test(change.text[0])) return;
      const cursor = cm.getCursor();
      if (PlanCompletion.atKey(cm.getLine(cursor.line).slice(0, cursor.ch)) && !cm.state.completionActive) {
        cm.showHint({ completeSingle: false });
      }
    });
  }

  async function start() {
    document.querySelectorAll('.tabs button').forEach(b => b.addEventListener('click', () => showTab(b.dataset.panel)));
    startEditor();
    $('save').addEventListener('click', save);
    $('download-docx').addEventListener('click', () => download('/api/docx', '.docx', 'tệp .docx'));
    $('download-pdf').addEventListener('click', () => download('/api/pdf', '.pdf', 'tệp PDF'));
    $('next-year').addEventListener('click', () => transform('/api/next-year', {}, 'Kế hoạch năm sau: những gì đã sửa'));
    $('derive').addEventListener('click', () => transform('/api/derive', { ho_so: $('profile').value },
      'Kế hoạch cho cấp dưới: những gì đã đổi'));
    $('companion').addEventListener('click', () => transform('/api/companion', { loai: $('companion-kind').value },
      'Văn bản đi kèm: những gì lấy từ kế hoạch, chỗ cần điền, chỗ cần rà soát', 'Văn bản mới'));
    $('report-close').addEventListener('click', hideReport);
    $('open-upload').addEventListener('change', e => {
      const file = e.target.files[0];
      e.target.value = '';
      if (!file || !replaceAllowed()) return;
      file.text().then(text => setDocument({ path: null, name: file.name, text: text }));
    });
    dropZone($('check-drop'), $('check-file'), checkFile);
    dropZone($('import-drop'), $('import-file'), importFile);
    $('batch-start').addEventListener('click', startBatch);
    // A file dropped beside a drop zone must not make the browser leave the page to show it.
    window.addEventListener('dragover', e => e.preventDefault());
    window.addEventListener('drop', e => e.preventDefault());
    window.addEventListener('beforeunload', e => {
      if (modified() && editor.getValue().trim()) e.preventDefault();
    });
    try {
      await Promise.all([loadFiles(), PlanCompletion.load()]);
      fillProvinces();
      if (desk.office.length) {
        setPreviewState(desk.office.join('\n') + '\n\nKhông có trang xem trước, nhưng vẫn tải được tệp .docx'
          + ' bằng nút “Tải .docx”.', 'missing');
      }
      setStatus('Chọn một văn bản bên trái, mở một tệp YAML, hoặc nhập một văn bản cũ.');
    } catch (e) {
      setStatus(e.message, 'bad');
    }
  }

  start();
})();
