"""Policy knowledge base (政策知识库): region-scoped, versioned entries, Chinese search, sync."""
