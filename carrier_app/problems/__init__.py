"""Problem parcels (问题件) and intercepts (拦截/改址): the exceptions desk (issue 13)."""
