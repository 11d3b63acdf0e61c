"""Processing adapters of Fragile Borders: one module per algorithm, plus the provider."""
