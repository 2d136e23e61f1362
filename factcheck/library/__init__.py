"""The fact-check memory's library: checked claims, how they are imported, and matching against
them (`memory.FactCheckMemory`). Domain code: the store implements `checks.CheckLibrary`."""
