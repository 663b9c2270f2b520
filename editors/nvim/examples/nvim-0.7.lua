-- Neovim 0.7 to 0.10: start report-ls for report drafts (*.report) and plain text files
vim.cmd([[autocmd BufRead,BufNewFile *.report setfiletype report]])
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'report', 'text' },
  callback = function(args)
    local config = {
      name = 'report_ls',
      cmd = { 'report-ls' }, -- or the full path of the binary
      root_dir = vim.fn.getcwd(),
      settings = { reportLs = { locale = 'auto', rules = {} } },
    }
    if vim.lsp.start then -- 0.8+: starts one client per root_dir and reuses it
      vim.lsp.start(config, { bufnr = args.buf })
    else -- 0.7
      _G.report_ls_client = _G.report_ls_client or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, _G.report_ls_client)
    end
  end,
})
