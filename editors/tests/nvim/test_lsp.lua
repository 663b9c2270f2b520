-- Headless Neovim test of report-ls, loading the shipped configuration the way a user does.
--
--   nvim --headless -u NONE -i NONE -n -c "luafile editors/tests/nvim/test_lsp.lua"
--   (editors/tests/run.sh does this for Neovim 0.7.2 and 0.11.4, with a wall-clock timeout)
--
-- `report-ls` must be on PATH (run.sh puts target/release first). The test sources a user
-- configuration (LSP_TEST_CONFIG: editors/nvim/examples/nvim-0.11.lua or nvim-0.7.lua, with
-- `~/src/report-ls` replaced by this repository), turns filetype detection on, opens the draft,
-- waits for the `report_ls` client, then checks documentSymbol, the published diagnostics and,
-- when asked for, hover and definition. Writes JSON to LSP_TEST_OUT; exits 0 (pass) or 1.
--
-- Environment (the same names as the Emacs and VS Code tests):
--   LSP_TEST_CONFIG, LSP_TEST_REPO, LSP_TEST_OUT   see above
--   REPORT_LS_TEST_FILE      the draft (default seeds/000_33b94e5ec1286d0f.txt)
--   REPORT_LS_TEST_HEADLINE  the top-level symbol's name
--   REPORT_LS_TEST_SECTIONS  comma-separated names of its section children (kind 3)
--   REPORT_LS_TEST_DIAGNOSTIC, REPORT_LS_TEST_SEVERITY  a diagnostic code that must be published,
--                            and its severity (error|warning|information|hint)
--   REPORT_LS_TEST_HOVER     ";"-separated WHERE=>WANT: hover at the first character of WHERE
--                            (text in the draft, "#N" = N-th occurrence, "#last") must contain
--                            every "|"-separated part of WANT. Empty: no hover check.
--   REPORT_LS_TEST_DEFINITION  WHERE=>LINE: definition from WHERE lands on a 1-based line <= LINE.
--                            Empty: no definition check.

local t0 = vim.loop.hrtime()
local TIMEOUT = 20000

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then return default end
  return v
end
local function split(s, sep)
  local out, start = {}, 1
  while true do
    local i, j = s:find(sep, start, true)
    if not i then table.insert(out, s:sub(start)); return out end
    table.insert(out, s:sub(start, i - 1))
    start = j + 1
  end
end
local function trim(s) return (s:gsub('^%s+', ''):gsub('%s+$', '')) end
-- cut by characters, never inside a UTF-8 sequence (json_encode rejects broken ones)
local function cut(s, n) return vim.fn.strcharpart(tostring(s), 0, n or 200) end

local repo = env('LSP_TEST_REPO', vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h:h:h'))
local config_file = env('LSP_TEST_CONFIG', repo .. '/editors/nvim/examples/nvim-0.11.lua')
local out_path = env('LSP_TEST_OUT', repo .. '/target/editor-tests/nvim.json')
local file = vim.fn.fnamemodify(env('REPORT_LS_TEST_FILE', repo .. '/seeds/000_33b94e5ec1286d0f.txt'), ':p')
local headline = env('REPORT_LS_TEST_HEADLINE', '新时代新担当新作为 慈溪：“红色引擎”助推高质量发展')
local sections = split(env('REPORT_LS_TEST_SECTIONS', '担当作为,关心关爱,夯实基础,先锋户联'), ',')
local diag_code = env('REPORT_LS_TEST_DIAGNOSTIC', 'broken-paragraph')
local severity_name = env('REPORT_LS_TEST_SEVERITY', 'information')
local hover_spec = env('REPORT_LS_TEST_HOVER', '')
local definition_spec = env('REPORT_LS_TEST_DEFINITION', '')
local severities = { error = 1, warning = 2, information = 3, hint = 4 }

local v = vim.version()
local report = {
  nvim_version = string.format('%d.%d.%d', v.major, v.minor, v.patch),
  config = config_file,
  file = file,
  checks = {},
  failures = {},
}
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
local function check(name, ok, detail)
  table.insert(report.checks, { name = name, ok = ok and true or false, detail = detail, at_ms = ms() })
  if not ok then table.insert(report.failures, name .. ': ' .. tostring(detail)) end
  io.stdout:write(string.format('%s %s (%d ms)\n', ok and 'ok  ' or 'FAIL', name, ms()))
  return ok
end

-- 0.10+: vim.lsp.get_clients{bufnr=}; 0.7-0.9: vim.lsp.buf_get_clients(bufnr) (a map)
local function clients_of(bufnr)
  local list = {}
  local raw = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, c in pairs(raw) do table.insert(list, c) end
  return list
end

local function hover_text(result)
  if type(result) ~= 'table' then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if type(c) == 'table' and c.value then return c.value end
  local parts = {}
  for _, item in ipairs(c or {}) do table.insert(parts, type(item) == 'string' and item or (item.value or '')) end
  return table.concat(parts, '\n')
end

-- "needle", "needle#2", "needle#last" -> 0-based line and byte column of that occurrence
local function locate(bufnr, where)
  local needle, occ = where:match('^(.-)#(%w+)$')
  if not needle then needle, occ = where, '1' end
  local found = {}
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local start = 1
    while true do
      local s = line:find(needle, start, true)
      if not s then break end
      table.insert(found, { i - 1, s - 1, line })
      start = s + 1
    end
  end
  local pick = occ == 'last' and found[#found] or found[tonumber(occ)]
  if not pick then error(string.format('"%s" (occurrence %s) is not in the draft', needle, occ)) end
  return pick[1], pick[2], pick[3]
end

-- byte column -> LSP character in the negotiated encoding
local function character(line_text, bytecol, encoding)
  if encoding == 'utf-8' then return bytecol end
  local prefix = line_text:sub(1, bytecol)
  if vim.fn.has('nvim-0.11') == 1 then return vim.str_utfindex(prefix, encoding) end
  local utf32, utf16 = vim.str_utfindex(prefix)
  return encoding == 'utf-32' and utf32 or utf16
end

local function request(bufnr, method, params)
  local res, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
  for _, r in pairs(res or {}) do
    if r.error then return nil, vim.inspect(r.error) end
    if r.result ~= nil then return r.result end
  end
  return nil, err or 'no answer'
end

local function main()
  -- the user's configuration, with the repository where the example says ~/src/report-ls
  local f = assert(io.open(config_file))
  local source = f:read('*a'):gsub('~/src/report%-ls', function() return repo end)
  f:close()
  report.config_source = source
  vim.cmd('filetype on')
  assert(loadstring(source, '@' .. config_file))()
  -- on 0.11 vim.lsp.enable attaches from FileType; ftdetect came with the runtimepath
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[bufnr].filetype

  local client
  local attached = vim.wait(TIMEOUT, function()
    for _, c in ipairs(clients_of(bufnr)) do
      if c.name == 'report_ls' and c.initialized ~= false and c.server_capabilities ~= nil then
        client = c
        return true
      end
    end
    return false
  end, 20)
  if not check('client report_ls attached to the ' .. report.filetype .. ' buffer', attached,
      string.format('clients=%d filetype=%s', #clients_of(bufnr), report.filetype)) then
    return
  end
  report.attach_ms = ms()
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  report.offset_encoding = client.offset_encoding
  report.server_capabilities = caps
  local uri = vim.uri_from_bufnr(bufnr)

  -- documentSymbol: the headline at the top, the sections under it
  local symbols, err = request(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } })
  report.documentSymbol = symbols
  local top
  for _, s in ipairs(symbols or {}) do
    if s.name == headline then top = s end
  end
  check('documentSymbol: headline "' .. headline .. '" at the top', top ~= nil and top.kind == 1,
    err or vim.inspect(vim.tbl_map(function(s) return s.name end, symbols or {})))
  local children = {}
  for _, c in ipairs((top or {}).children or {}) do
    if c.kind == 3 then table.insert(children, c.name) end
  end
  for _, name in ipairs(sections) do
    check('documentSymbol: section "' .. name .. '" under the headline',
      vim.tbl_contains(children, name), table.concat(children, ', '))
  end

  -- diagnostics, published after didOpen
  local want_severity = severities[severity_name]
  local function matching()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = (d.user_data or {}).lsp or {}
      local code = d.code or lsp.code
      if code == diag_code and d.severity == want_severity then table.insert(list, d) end
    end
    return list
  end
  vim.wait(TIMEOUT, function() return #matching() > 0 end, 20)
  local found = matching()
  report.diagnostics = vim.tbl_map(function(d)
    return { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message,
      code = d.code or ((d.user_data or {}).lsp or {}).code }
  end, vim.diagnostic.get(bufnr))
  check(string.format('diagnostic %s (%s) published', diag_code, severity_name), #found > 0,
    string.format('%d diagnostics: %s', #report.diagnostics, cut(vim.inspect(report.diagnostics), 300)))

  -- hover (optional)
  report.hover = {}
  if hover_spec ~= '' and not check('server advertises hoverProvider', caps.hoverProvider, 'no hoverProvider') then
    hover_spec = ''
  end
  if hover_spec ~= '' then
    for _, entry in ipairs(split(hover_spec, ';')) do
      local where, want = entry:match('^(.-)=>(.*)$')
      if where then
        local line, bytecol, text = locate(bufnr, trim(where))
        local params = { textDocument = { uri = uri },
          position = { line = line, character = character(text, bytecol, client.offset_encoding) } }
        local result, herr = request(bufnr, 'textDocument/hover', params)
        local htext = hover_text(result)
        table.insert(report.hover, { at = where, position = params.position, text = htext })
        local missing = {}
        for _, part in ipairs(split(want, '|')) do
          if not htext:find(trim(part), 1, true) then table.insert(missing, part) end
        end
        check(string.format('hover on "%s" contains "%s"', trim(where), want), #missing == 0,
          herr or ('got: ' .. cut((htext:gsub('\n', ' ')), 300)))
      end
    end
  end

  -- definition (optional)
  if definition_spec ~= ''
    and not check('server advertises definitionProvider', caps.definitionProvider, 'no definitionProvider') then
    definition_spec = ''
  end
  if definition_spec ~= '' then
    local where, max_line = definition_spec:match('^(.-)=>%s*(%d+)%s*$')
    local line, bytecol, text = locate(bufnr, trim(where))
    local params = { textDocument = { uri = uri },
      position = { line = line, character = character(text, bytecol, client.offset_encoding) } }
    local result, derr = request(bufnr, 'textDocument/definition', params)
    report.definition = result
    local loc = result and (result.uri and result or result.targetUri and result or result[1])
    local range = loc and (loc.targetSelectionRange or loc.range)
    local landed = range and range.start.line + 1
    check(string.format('definition from "%s" (line %d) lands on line <= %s', trim(where), line + 1, max_line),
      landed ~= nil and landed <= tonumber(max_line), derr or ('landed on line ' .. tostring(landed)))
  end

  -- clean shutdown (shutdown request + exit notification)
  vim.lsp.stop_client(client.id)
  local stopped = vim.wait(TIMEOUT, function() return #clients_of(bufnr) == 0 end, 20)
  check('client stopped', stopped, #clients_of(bufnr))
end

local ok, e = xpcall(main, debug.traceback)
if not ok then check('no Lua error', false, e) end
report.elapsed_ms = ms()
report.ok = #report.failures == 0
local written, werr = pcall(function()
  vim.fn.mkdir(vim.fn.fnamemodify(out_path, ':h'), 'p')
  local out = assert(io.open(out_path, 'w'))
  out:write(vim.fn.json_encode(report))
  out:close()
end)
if not written then
  report.ok = false
  io.stdout:write('FAIL writing ' .. out_path .. ': ' .. tostring(werr) .. '\n')
end
io.stdout:write(string.format('nvim %s: %d checks, %d failed, %d ms -> %s\n', report.nvim_version,
  #report.checks, #report.failures, report.elapsed_ms, out_path))
io.stdout:flush()
vim.cmd(report.ok and 'qall!' or 'cquit 1')
