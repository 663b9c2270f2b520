;;; test_eglot.el --- headless Emacs + eglot test of report-ls  -*- lexical-binding: t -*-
;;
;;   emacs --batch -Q -l editors/tests/emacs/test_eglot.el   (editors/tests/run.sh adds a timeout)
;;
;; Tested with Debian 12: emacs-nox 28.2 + elpa-eglot 1.9.  `report-ls' must be on PATH.
;; Configures eglot as a user would (see the README's Emacs snippet), opens the draft, connects,
;; and goes through eglot's own user-facing paths: imenu (documentSymbol), the published
;; diagnostics and flymake, and, when asked for, the eldoc hover function and xref definitions.
;; Writes JSON to $LSP_TEST_OUT; exits 0 (pass) or 1 (fail).
;;
;; Environment: the REPORT_LS_TEST_* variables described in ../nvim/test_lsp.lua (same meaning),
;; LSP_TEST_REPO (the repository), LSP_TEST_OUT (the JSON result).

(require 'cl-lib)
(require 'json)
(require 'subr-x)

(defconst test-here (file-name-directory (or load-file-name buffer-file-name)))
(defun test-env (name default)
  (let ((v (getenv name))) (if (and v (not (string-empty-p v))) v default)))

(defconst test-t0 (float-time))
(defconst test-repo (file-name-as-directory
                     (test-env "LSP_TEST_REPO" (expand-file-name "../../.." test-here))))
(defconst test-out (test-env "LSP_TEST_OUT" (expand-file-name "target/editor-tests/emacs.json" test-repo)))
(defconst test-file (expand-file-name (test-env "REPORT_LS_TEST_FILE"
                                                (expand-file-name "seeds/000_33b94e5ec1286d0f.txt" test-repo))))
(defconst test-headline (test-env "REPORT_LS_TEST_HEADLINE" "新时代新担当新作为 慈溪：“红色引擎”助推高质量发展"))
(defconst test-sections (split-string (test-env "REPORT_LS_TEST_SECTIONS" "担当作为,关心关爱,夯实基础,先锋户联") ","))
(defconst test-diag-code (test-env "REPORT_LS_TEST_DIAGNOSTIC" "broken-paragraph"))
(defconst test-severity (cdr (assoc (test-env "REPORT_LS_TEST_SEVERITY" "information")
                                    '(("error" . 1) ("warning" . 2) ("information" . 3) ("hint" . 4)))))
(defconst test-hover (test-env "REPORT_LS_TEST_HOVER" ""))
(defconst test-definition (test-env "REPORT_LS_TEST_DEFINITION" ""))

(defvar test-checks nil)
(defvar test-failures nil)
(defvar test-data nil)
(defun test-ms () (round (* 1000 (- (float-time) test-t0))))
(defun test-cut (s) (let ((s (format "%s" s))) (if (> (length s) 300) (substring s 0 300) s)))
(defun test-check (name ok detail)
  (push `((name . ,name) (ok . ,(if ok t :json-false)) (detail . ,(test-cut detail)) (at_ms . ,(test-ms)))
        test-checks)
  (unless ok (push (format "%s: %s" name (test-cut detail)) test-failures))
  (princ (format "%s %s (%d ms)\n" (if ok "ok  " "FAIL") name (test-ms)))
  ok)

(defun test-wait (pred timeout)
  "Run the event loop until PRED is non-nil or TIMEOUT seconds pass."
  (let ((end (+ (float-time) timeout)))
    (while (and (not (funcall pred)) (< (float-time) end))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun test-goto (where)
  "Move point to the start of WHERE: \"text\", \"text#N\" (N-th occurrence) or \"text#last\"."
  (let* ((m (string-match "\\`\\(.*?\\)#\\([0-9]+\\|last\\)\\'" where))
         (needle (if m (match-string 1 where) where))
         (occ (if m (match-string 2 where) "1")))
    (if (equal occ "last")
        (progn (goto-char (point-max))
               (unless (search-backward needle nil t) (error "\"%s\" is not in the draft" needle)))
      (goto-char (point-min))
      (unless (search-forward needle nil t (string-to-number occ))
        (error "\"%s\" (occurrence %s) is not in the draft" needle occ))
      (goto-char (match-beginning 0)))))

;; Debian's elpa-* packages live in /usr/share/emacs/site-lisp/elpa.  -Q drops the site-lisp
;; folders from load-path, so package.el does not look there by itself.
(require 'package)
(add-to-list 'package-directory-list (test-env "DEBIAN_ELPA_DIR" "/usr/share/emacs/site-lisp/elpa"))
(package-initialize)

;; --- the user's configuration (the README's Emacs snippet) ---------------------------------
(define-derived-mode report-mode text-mode "Report" "Major mode for report drafts.")
(add-to-list 'auto-mode-alist '("\\.report\\'" . report-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '((report-mode text-mode) . ("report-ls"))))
;; ---------------------------------------------------------------------------------------------

(require 'eglot)
(require 'imenu)
(require 'flymake)
(require 'xref)
(setq eglot-sync-connect t            ; block until initialize has answered
      eglot-connect-timeout 30
      eglot-autoshutdown nil
      eglot-events-buffer-size 0)

;; What the server publishes (flymake shows it only once it has run a check).
(defvar test-published nil)
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq test-published (plist-get params :diagnostics)))))

(defun test-main ()
  (push `(emacs_version . ,emacs-version) test-data)
  (push `(eglot_version . ,(or (ignore-errors
                                 (format "%s" (package-desc-version (cadr (assq 'eglot package-alist)))))
                               "?"))
        test-data)
  (find-file test-file)
  (push `(major_mode . ,(symbol-name major-mode)) test-data)
  ;; Pitfall: `eglot-ensure' connects from `post-command-hook', which never runs in --batch.
  ;; Connect directly, the way eglot-ensure would.
  (apply #'eglot--connect (eglot--guess-contact))
  (test-wait (lambda () (and (eglot-current-server) eglot--managed-mode)) 30)
  (let ((server (eglot-current-server)))
    (unless (test-check (format "eglot manages the %s buffer" major-mode)
                        (and server eglot--managed-mode) (and server (eglot--server-info server)))
      (error "not connected"))
    ;; documentSymbol, raw and through eglot's imenu index
    (let* ((raw (append (jsonrpc-request server :textDocument/documentSymbol
                                         `(:textDocument ,(eglot--TextDocumentIdentifier)))
                        nil))
           (top (cl-find test-headline raw :key (lambda (s) (plist-get s :name)) :test #'equal))
           (kids (mapcar (lambda (c) (plist-get c :name))
                         (cl-remove-if-not (lambda (c) (eql (plist-get c :kind) 3))
                                           (append (plist-get top :children) nil))))
           (index (format "%S" (eglot-imenu))))
      (push `(documentSymbol_top . ,(vconcat (mapcar (lambda (s) (plist-get s :name)) raw))) test-data)
      (push `(imenu . ,index) test-data)
      (test-check (format "documentSymbol: headline \"%s\" at the top" test-headline)
                  (and top (eql (plist-get top :kind) 1)) (mapcar (lambda (s) (plist-get s :name)) raw))
      (dolist (name test-sections)
        (test-check (format "documentSymbol: section \"%s\" under the headline" name)
                    (member name kids) kids))
      (test-check "imenu index lists the headline and every section"
                  (cl-every (lambda (name) (string-match-p (regexp-quote name) index))
                            (cons test-headline test-sections))
                  index))
    ;; diagnostics: as published, and as flymake shows them
    (let ((matches (lambda ()
                     (cl-remove-if-not (lambda (d) (and (equal (plist-get d :code) test-diag-code)
                                                        (eql (plist-get d :severity) test-severity)))
                                       (append test-published nil)))))
      (test-wait matches 30)
      (push `(published_diagnostics . ,(length test-published)) test-data)
      (test-check (format "diagnostic %s (severity %s) published" test-diag-code test-severity)
                  (funcall matches) (format "%S" test-published)))
    (flymake-start)
    (test-wait (lambda () (flymake-diagnostics)) 30)
    (let ((fd (mapcar (lambda (d) (format "%s %s" (flymake-diagnostic-type d) (flymake-diagnostic-text d)))
                      (flymake-diagnostics))))
      (push `(flymake . ,(vconcat fd)) test-data)
      (test-check "flymake shows the diagnostics"
                  (cl-some (lambda (s) (string-match-p (regexp-quote test-diag-code) s)) fd) fd))
    ;; hover through eglot's eldoc function (what the user sees in the echo area), optional
    (unless (string-empty-p test-hover)
      (when (test-check "server advertises hoverProvider" (eglot--server-capable :hoverProvider) "no")
        (dolist (entry (split-string test-hover ";" t))
          (when (string-match "\\`\\(.*?\\)=>\\(.*\\)\\'" entry)
            (let ((where (string-trim (match-string 1 entry)))
                  (wants (mapcar #'string-trim (split-string (match-string 2 entry) "|" t)))
                  (hover nil))
              (test-goto where)
              (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
              (test-wait (lambda () hover) 20)
              (push `(hover . ,(or hover :null)) test-data)
              (test-check (format "hover on \"%s\" contains %S" where wants)
                          (and hover (cl-every (lambda (w) (string-match-p (regexp-quote w) hover)) wants))
                          hover))))))
    ;; definition through xref (what M-. uses), optional
    (unless (string-empty-p test-definition)
      (when (test-check "server advertises definitionProvider" (eglot--server-capable :definitionProvider) "no")
        (string-match "\\`\\(.*?\\)=>[ \t]*\\([0-9]+\\)[ \t]*\\'" test-definition)
        (let ((where (string-trim (match-string 1 test-definition)))
              (max-line (string-to-number (match-string 2 test-definition))))
          (test-goto where)
          (let* ((from (line-number-at-pos))
                 (defs (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))
                 (lines (mapcar (lambda (x) (xref-location-line (xref-item-location x))) defs)))
            (push `(definition . ,(vconcat lines)) test-data)
            (test-check (format "definition (xref) from \"%s\" (line %d) lands on line <= %d" where from max-line)
                        (and lines (<= (car lines) max-line)) lines)))))
    ;; clean shutdown (eglot 1.9 sends "params": null with shutdown and exit)
    (eglot-shutdown server)
    (test-check "server shut down" (not (jsonrpc-running-p server)) "still running")))

(condition-case err
    (test-main)
  (error (test-check "no Lisp error" nil (error-message-string err))))

(push `(checks . ,(vconcat (reverse test-checks))) test-data)
(push `(failures . ,(vconcat (reverse test-failures))) test-data)
(push `(ok . ,(if test-failures :json-false t)) test-data)
(push `(elapsed_ms . ,(test-ms)) test-data)
(condition-case err
    (progn
      (make-directory (file-name-directory test-out) t)
      (with-temp-file test-out
        (set-buffer-file-coding-system 'utf-8)
        (insert (json-encode test-data))))
  (error (push (format "writing %s: %s" test-out (error-message-string err)) test-failures)))
(princ (format "emacs %s: %d checks, %d failed, %d ms -> %s\n" emacs-version
               (length test-checks) (length test-failures) (test-ms) test-out))
(kill-emacs (if test-failures 1 0))
