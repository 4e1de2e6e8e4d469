"""Finance: courier cash-up (COD reconciliation) and merchant settlement."""
