"""The pipeline a message goes through: analyze (parse, extract, recognize), facts, decide, plan, act."""
