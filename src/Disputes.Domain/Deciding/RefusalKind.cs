namespace Disputes.Domain;

// Why a command was refused; the API maps each kind to one HTTP status without reading messages.
public enum RefusalKind
{
    InvalidInput,
    DisputeNotFound,
    DisputeAlreadyExists,
    NotAllowedInState,
    WrongActor,
    DeadlinePassed,
    LimitReached,
    RuleViolated,
}
