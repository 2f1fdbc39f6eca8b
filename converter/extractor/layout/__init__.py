"""Layout analysis: a page model's lines into regions, paragraphs, notes, tables, furniture."""
