"""Link-health reports: one model, one module per output format."""
