namespace Disputes.Domain;

// Who may see an item besides the staff: a seller's supplier invoice can be for the mediators' eyes only.
public enum EvidenceVisibility { Parties, Mediators }
