"""Document families: each writes one kind of UN document as Akoma Ntoso."""
