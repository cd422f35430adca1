"""Getting data into a store: import files, the demo seeds."""
