-- report-ls for Neovim 0.11+: put this folder (editors/nvim) on 'runtimepath', then
--
--   vim.lsp.enable('report_ls')
--
-- Override any field with vim.lsp.config('report_ls', { ... }), e.g. another binary:
--   vim.lsp.config('report_ls', { cmd = { '/path/to/report-ls' } })
-- or English messages and a rule's severity:
--   vim.lsp.config('report_ls', { settings = { reportLs = { locale = 'en',
--     rules = { ['broken-paragraph'] = 'warning' } } } })

---@type vim.lsp.Config
return {
  cmd = { 'report-ls' },
  -- `report`: *.report files (ftdetect/report.vim). `text`: *.txt, since drafts pasted out of a
  -- PDF usually are plain text files; drop it with
  --   vim.lsp.config('report_ls', { filetypes = { 'report' } })
  filetypes = { 'report', 'text' },
  root_markers = { '.git' },
  -- Answered to the server's workspace/configuration request for the `reportLs` section.
  settings = {
    reportLs = {
      locale = 'auto', -- 'zh', 'en', or 'auto': Chinese unless Neovim's language says otherwise
      rules = vim.empty_dict(), -- code -> 'off' | 'hint' | 'information' | 'warning' | 'error'
    },
  },
  -- The same settings as initializationOptions, so the first diagnostics already follow them.
  before_init = function(params, config)
    params.initializationOptions = (config.settings or {}).reportLs
  end,
}
