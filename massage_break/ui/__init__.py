"""Qt widgets and the controller that connects them to the engine. Never imports adapters."""
