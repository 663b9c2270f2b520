//! Handlers. Each one looks up a document's analysis and maps it to LSP types; the reading
//! itself happens in the core.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

use super::convert;
use super::documents::{Analysis, Document, VersionCheck};
use super::settings;
use crate::analysis::outline::{Role, Symbol};
use crate::checks::{Config, Finding, Locale};
use crate::features;
use crate::text::position::PositionEncoding;

#[derive(Debug, Default)]
struct Settings {
    encoding: PositionEncoding,
    config: Config,
    /// Whether the client answers workspace/configuration.
    pulls_configuration: bool,
}

#[derive(Debug)]
struct Backend {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    client: Client,
    /// A std lock, never held across an `.await`: didChange applies its edits under it before
    /// anything else can run, so notifications take effect in arrival order.
    documents: Mutex<HashMap<Uri, Document>>,
    settings: RwLock<Settings>,
    /// Serialises publishing so that a slow analysis of an old version cannot overwrite the
    /// diagnostics of a newer one.
    publishing: tokio::sync::Mutex<()>,
    shutdown_requested: Arc<AtomicBool>,
}

/// Serves LSP on stdin/stdout until `exit` or end of input. Returns the process exit code that
/// LSP prescribes: 0 when `shutdown` came before `exit`, 1 otherwise.
pub async fn serve_stdio() -> i32 {
    let shutdown_requested = Arc::new(AtomicBool::new(false));
    let flag = shutdown_requested.clone();
    let (service, socket) = LspService::build(move |client| Backend::new(client, flag))
        .custom_method(super::framing::MALFORMED_METHOD, Backend::malformed)
        .finish();
    let (screened, reader) = tokio::io::duplex(1 << 16);
    tokio::spawn(super::framing::pump(tokio::io::stdin(), screened));
    Server::new(reader, tokio::io::stdout(), socket)
        .serve(service)
        .await;
    if shutdown_requested.load(Ordering::SeqCst) {
        0
    } else {
        1
    }
}

impl Backend {
    fn new(client: Client, shutdown_requested: Arc<AtomicBool>) -> Self {
        Backend {
            inner: Arc::new(Inner {
                client,
                documents: Mutex::new(HashMap::new()),
                settings: RwLock::new(Settings::default()),
                publishing: tokio::sync::Mutex::new(()),
                shutdown_requested,
            }),
        }
    }

    /// The answer to a message that could not be read (see `framing`).
    async fn malformed(&self) -> Result<()> {
        Err(Error::parse_error())
    }

    /// Pulls the client's settings in a task of its own: the reply comes back through this same
    /// server, so awaiting it inside a handler could hold up the very messages it waits for.
    fn spawn_configuration_pull(&self) {
        let inner = self.inner.clone();
        tokio::spawn(async move { inner.pull_configuration().await });
    }
}

impl std::ops::Deref for Backend {
    type Target = Inner;

    fn deref(&self) -> &Inner {
        &self.inner
    }
}

impl Inner {
    fn encoding(&self) -> PositionEncoding {
        self.settings.read().unwrap().encoding
    }

    fn locale(&self) -> Locale {
        self.settings.read().unwrap().config.locale
    }

    fn config(&self) -> Config {
        self.settings.read().unwrap().config.clone()
    }

    fn current_version(&self, uri: &Uri) -> Option<i32> {
        self.documents
            .lock()
            .unwrap()
            .get(uri)
            .map(|document| document.version)
    }

    /// The analysis of the document's current version, computed outside the lock and cached.
    fn analysis(&self, uri: &Uri) -> Result<Arc<Analysis>> {
        let (rope, version) = {
            let documents = self.documents.lock().unwrap();
            let document = documents.get(uri).ok_or_else(|| {
                Error::invalid_params(format!("document not open: {}", uri.as_str()))
            })?;
            if let Some(analysis) = &document.analysis {
                return Ok(analysis.clone());
            }
            (document.rope.clone(), document.version)
        };
        let analysis = Arc::new(Analysis::new(rope, version, &self.config()));
        let mut documents = self.documents.lock().unwrap();
        if let Some(document) = documents.get_mut(uri)
            && document.version == version
        {
            document.analysis = Some(analysis.clone());
        }
        Ok(analysis)
    }

    async fn publish(&self, uri: Uri) {
        // Let the changes already queued behind this one apply first: while the user types, only
        // the newest version is worth reading.
        let queued_version = self.current_version(&uri);
        tokio::task::yield_now().await;
        if self.current_version(&uri) != queued_version {
            return;
        }
        let Ok(analysis) = self.analysis(&uri) else {
            return;
        };
        let _turn = self.publishing.lock().await;
        if self.current_version(&uri) != Some(analysis.version) {
            return; // a newer version is on its way and will publish its own
        }
        let (encoding, locale) = (self.encoding(), self.locale());
        let diagnostics = analysis
            .findings
            .iter()
            .map(|finding| convert::diagnostic(&analysis.rope, &uri, finding, encoding, locale))
            .collect();
        self.client
            .publish_diagnostics(uri, diagnostics, Some(analysis.version))
            .await;
    }

    async fn republish_all(&self) {
        let uris: Vec<Uri> = {
            let mut documents = self.documents.lock().unwrap();
            documents
                .values_mut()
                .for_each(|document| document.analysis = None);
            documents.keys().cloned().collect()
        };
        for uri in uris {
            self.publish(uri).await;
        }
    }

    fn apply_settings(&self, value: &Value) -> Vec<String> {
        let mut settings = self.settings.write().unwrap();
        settings::apply(&mut settings.config, value)
    }

    /// Asks the client for the `reportLs` section and applies it.
    async fn pull_configuration(&self) {
        if !self.settings.read().unwrap().pulls_configuration {
            return;
        }
        let items = vec![ConfigurationItem {
            scope_uri: None,
            section: Some("reportLs".to_string()),
        }];
        match self.client.configuration(items).await {
            Ok(values) => {
                if let Some(value) = values.first().filter(|value| !value.is_null()) {
                    for complaint in self.apply_settings(value) {
                        self.client
                            .log_message(MessageType::WARNING, complaint)
                            .await;
                    }
                    self.republish_all().await;
                }
            }
            Err(error) => tracing::warn!("workspace/configuration failed: {error}"),
        }
    }

    /// The analysis of a document and the byte offset of a position in it.
    fn at(&self, position: &TextDocumentPositionParams) -> Result<(Arc<Analysis>, usize)> {
        let analysis = self.analysis(&position.text_document.uri)?;
        let offset = convert::offset(&analysis.rope, position.position, self.encoding());
        Ok((analysis, offset))
    }

    fn location(&self, uri: &Uri, analysis: &Analysis, range: &std::ops::Range<usize>) -> Location {
        Location {
            uri: uri.clone(),
            range: convert::range(&analysis.rope, range, self.encoding()),
        }
    }

    fn findings_at(
        analysis: &Analysis,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = &Finding> {
        analysis.findings.iter().filter(move |finding| {
            std::iter::once(&finding.range)
                .chain(finding.related.iter().map(|related| &related.range))
                .any(|candidate| candidate.start <= range.end && range.start <= candidate.end)
        })
    }
}

/// LSP's RequestFailed: the request was understood but cannot be carried out here.
fn request_failed(message: &str) -> Error {
    Error {
        code: tower_lsp_server::jsonrpc::ErrorCode::ServerError(-32803),
        message: message.to_string().into(),
        data: None,
    }
}

fn flatten<'a>(
    symbols: &'a [Symbol],
    container: Option<&'a str>,
    out: &mut Vec<(&'a Symbol, Option<&'a str>)>,
) {
    for symbol in symbols {
        out.push((symbol, container));
        flatten(&symbol.children, Some(&symbol.name), out);
    }
}

fn folding_ranges(
    analysis: &Analysis,
    symbols: &[Symbol],
    encoding: PositionEncoding,
    out: &mut Vec<FoldingRange>,
) {
    for symbol in symbols {
        if symbol.role == Role::Section {
            let range = convert::range(&analysis.rope, &symbol.range, encoding);
            if range.end.line > range.start.line {
                out.push(FoldingRange {
                    start_line: range.start.line,
                    end_line: range.end.line,
                    kind: Some(FoldingRangeKind::Region),
                    collapsed_text: Some(symbol.name.clone()),
                    ..Default::default()
                });
            }
        }
        folding_ranges(analysis, &symbol.children, encoding, out);
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_deref());
        let encoding = convert::negotiate_encoding(offered);
        let complaints = {
            let mut settings = self.settings.write().unwrap();
            settings.encoding = encoding;
            settings.config.locale = Locale::from_tag(params.locale.as_deref());
            settings.pulls_configuration = params
                .capabilities
                .workspace
                .as_ref()
                .and_then(|workspace| workspace.configuration)
                .unwrap_or(false);
            match &params.initialization_options {
                Some(options) => settings::apply(&mut settings.config, options),
                None => Vec::new(),
            }
        };
        for complaint in complaints {
            tracing::warn!("{complaint}");
        }
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(convert::encoding_kind(encoding)),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..Default::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                semantic_tokens_provider: Some(
                    SemanticTokensServerCapabilities::SemanticTokensOptions(
                        SemanticTokensOptions {
                            legend: convert::semantic_tokens_legend(),
                            range: Some(true),
                            full: Some(SemanticTokensFullOptions::Bool(true)),
                            ..Default::default()
                        },
                    ),
                ),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec![
                        "“".to_string(),
                        "《".to_string(),
                        "「".to_string(),
                    ]),
                    ..Default::default()
                }),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..Default::default()
                    },
                )),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "report-ls".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.spawn_configuration_pull();
    }

    async fn shutdown(&self) -> Result<()> {
        self.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        self.documents.lock().unwrap().insert(
            document.uri.clone(),
            Document::new(&document.text, document.version),
        );
        self.publish(document.uri).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let check = {
            let encoding = self.encoding();
            let mut documents = self.documents.lock().unwrap();
            let Some(document) = documents.get_mut(&uri) else {
                tracing::warn!(
                    "didChange for a document that is not open: {}",
                    uri.as_str()
                );
                return;
            };
            document.apply_changes(&params.content_changes, version, encoding)
        };
        match check {
            VersionCheck::InOrder => {}
            VersionCheck::Gap { previous } => tracing::info!(
                "{}: version went from {previous} to {version}",
                uri.as_str()
            ),
            VersionCheck::Stale { previous } => tracing::warn!(
                "{}: stale version {version} after {previous}; applied in arrival order",
                uri.as_str()
            ),
        }
        self.publish(uri).await;
    }

    async fn did_save(&self, _: DidSaveTextDocumentParams) {
        // The document's text already arrived through didChange; saving changes nothing to read.
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.documents.lock().unwrap().remove(&uri);
        let _turn = self.publishing.lock().await;
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        // Clients that answer workspace/configuration often send `null` here as a nudge to pull.
        if params.settings.is_null() || params.settings.as_object().is_some_and(|o| o.is_empty()) {
            self.spawn_configuration_pull();
            return;
        }
        for complaint in self.apply_settings(&params.settings) {
            tracing::warn!("{complaint}");
        }
        self.republish_all().await;
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let analysis = self.analysis(&params.text_document.uri)?;
        let encoding = self.encoding();
        let symbols = analysis
            .report
            .outline
            .iter()
            .map(|symbol| convert::document_symbol(&analysis.rope, symbol, encoding))
            .collect();
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let (analysis, offset) = self.at(&params.text_document_position_params)?;
        let found = features::hover::hover(&analysis.text, &analysis.report, offset, self.locale());
        Ok(found.map(|(range, markdown)| Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: markdown,
            }),
            range: Some(convert::range(&analysis.rope, &range, self.encoding())),
        }))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let position = &params.text_document_position_params;
        let (analysis, offset) = self.at(position)?;
        Ok(
            features::navigate::definition(&analysis.report, offset).map(|range| {
                GotoDefinitionResponse::Scalar(self.location(
                    &position.text_document.uri,
                    &analysis,
                    &range,
                ))
            }),
        )
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let position = &params.text_document_position;
        let (analysis, offset) = self.at(position)?;
        let include = params.context.include_declaration;
        Ok(Some(
            features::navigate::references(&analysis.report, offset, include)
                .iter()
                .map(|range| self.location(&position.text_document.uri, &analysis, range))
                .collect(),
        ))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let (analysis, offset) = self.at(&params.text_document_position_params)?;
        let encoding = self.encoding();
        Ok(Some(
            features::navigate::highlights(&analysis.report, offset)
                .into_iter()
                .map(|(range, is_definition)| DocumentHighlight {
                    range: convert::range(&analysis.rope, &range, encoding),
                    kind: Some(if is_definition {
                        DocumentHighlightKind::WRITE
                    } else {
                        DocumentHighlightKind::READ
                    }),
                })
                .collect(),
        ))
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let (analysis, offset) = self.at(&params)?;
        match features::navigate::prepare_rename(&analysis.report, offset) {
            Ok(range) => Ok(Some(PrepareRenameResponse::Range(convert::range(
                &analysis.rope,
                &range,
                self.encoding(),
            )))),
            Err(refusal) => Err(request_failed(refusal.in_locale(self.locale()))),
        }
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let position = &params.text_document_position;
        let (analysis, offset) = self.at(position)?;
        let edits = features::navigate::rename(&analysis.report, offset, &params.new_name)
            .map_err(|refusal| request_failed(refusal.in_locale(self.locale())))?;
        let encoding = self.encoding();
        let edits = edits
            .into_iter()
            .map(|edit| TextEdit {
                range: convert::range(&analysis.rope, &edit.range, encoding),
                new_text: edit.new_text,
            })
            .collect();
        Ok(Some(WorkspaceEdit {
            changes: Some(HashMap::from([(position.text_document.uri.clone(), edits)])),
            ..Default::default()
        }))
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let analysis = self.analysis(&params.text_document.uri)?;
        let tokens = features::tokens::tokens(&analysis.report);
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
            result_id: None,
            data: convert::semantic_tokens(&analysis.rope, &tokens, self.encoding()),
        })))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let analysis = self.analysis(&params.text_document.uri)?;
        let wanted = convert::offsets(&analysis.rope, params.range, self.encoding());
        let tokens: Vec<_> = features::tokens::tokens(&analysis.report)
            .into_iter()
            .filter(|token| token.range.start < wanted.end && wanted.start < token.range.end)
            .collect();
        Ok(Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
            result_id: None,
            data: convert::semantic_tokens(&analysis.rope, &tokens, self.encoding()),
        })))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let (analysis, offset) = self.at(&params.text_document_position)?;
        let zh = self.locale() == Locale::Zh;
        let items = features::complete::completions(&analysis.text, &analysis.report, offset)
            .into_iter()
            .map(|item| CompletionItem {
                label: item.label.clone(),
                kind: Some(CompletionItemKind::REFERENCE),
                detail: Some(if zh {
                    format!("出现 {} 次", item.uses)
                } else {
                    format!("{} use(s)", item.uses)
                }),
                sort_text: Some(item.sort_key),
                filter_text: Some(item.label),
                insert_text: Some(item.insert),
                ..Default::default()
            })
            .collect();
        Ok(Some(CompletionResponse::Array(items)))
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let analysis = self.analysis(&params.text_document.uri)?;
        let mut ranges = Vec::new();
        folding_ranges(
            &analysis,
            &analysis.report.outline,
            self.encoding(),
            &mut ranges,
        );
        Ok(Some(ranges))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let query = params.query.to_lowercase();
        let uris: Vec<Uri> = self.documents.lock().unwrap().keys().cloned().collect();
        let encoding = self.encoding();
        let mut found = Vec::new();
        for uri in uris {
            let Ok(analysis) = self.analysis(&uri) else {
                continue; // closed meanwhile
            };
            let mut symbols = Vec::new();
            flatten(&analysis.report.outline, None, &mut symbols);
            for (symbol, container) in symbols {
                if !symbol.name.to_lowercase().contains(&query) {
                    continue;
                }
                found.push(WorkspaceSymbol {
                    name: symbol.name.clone(),
                    kind: convert::symbol_kind(symbol.role),
                    tags: None,
                    container_name: container.map(str::to_string),
                    location: OneOf::Left(Location {
                        uri: uri.clone(),
                        range: convert::range(&analysis.rope, &symbol.selection, encoding),
                    }),
                    data: None,
                });
            }
        }
        Ok(Some(WorkspaceSymbolResponse::Nested(found)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let analysis = self.analysis(&uri)?;
        let (encoding, locale) = (self.encoding(), self.locale());
        let range = convert::offsets(&analysis.rope, params.range, encoding);
        let mut actions = Vec::new();
        for finding in Inner::findings_at(&analysis, range) {
            let diagnostic = convert::diagnostic(&analysis.rope, &uri, finding, encoding, locale);
            for fix in &finding.fixes {
                let edits = fix
                    .edits
                    .iter()
                    .map(|edit| TextEdit {
                        range: convert::range(&analysis.rope, &edit.range, encoding),
                        new_text: edit.new_text.clone(),
                    })
                    .collect();
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title.in_locale(locale).to_string(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![diagnostic.clone()]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), edits)])),
                        ..Default::default()
                    }),
                    ..Default::default()
                }));
            }
        }
        Ok(Some(actions))
    }
}
