"""Change reports: rendering a diff (text, Markdown, HTML, JSON), the report ledger, the email outbox and sending."""
