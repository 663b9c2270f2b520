" *.report files are report drafts (works on every Neovim and Vim version)
autocmd BufRead,BufNewFile *.report setfiletype report
