"""CSV/XLSX import and export for the article admin (django-import-export)."""


class ArticleImportExportMixin:
    """Placeholder until the bulk import/export lands (issue 4)."""
