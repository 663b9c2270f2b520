-- nvim-lspconfig (Neovim 0.8 to 0.10): register report-ls as a custom server
local configs = require('lspconfig.configs')
if not configs.report_ls then
  configs.report_ls = {
    default_config = {
      cmd = { 'report-ls' },
      filetypes = { 'report', 'text' },
      root_dir = require('lspconfig.util').root_pattern('.git'),
      single_file_support = true,
      settings = { reportLs = { locale = 'auto', rules = {} } },
    },
  }
end
require('lspconfig').report_ls.setup({})
vim.cmd([[autocmd BufRead,BufNewFile *.report setfiletype report]])
