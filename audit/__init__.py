"""The append-only audit log (app label ``audit``); ``audit.log`` writes its entries."""
