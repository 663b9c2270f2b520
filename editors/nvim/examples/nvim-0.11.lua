-- Neovim 0.11+: report-ls with the configuration shipped in editors/nvim
vim.opt.runtimepath:append(vim.fn.expand('~/src/report-ls/editors/nvim')) -- where you cloned it
vim.lsp.enable('report_ls')
