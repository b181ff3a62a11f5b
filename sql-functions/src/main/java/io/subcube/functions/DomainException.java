package io.subcube.functions;

/** A function argument outside its domain (DOMAIN.md G3): {@code FUNC: argument <name> out of range: <value>}. */
public final class DomainException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public DomainException(String function, String argument, Object value) {
        super(function + ": argument " + argument + " out of range: " + value);
    }
}
