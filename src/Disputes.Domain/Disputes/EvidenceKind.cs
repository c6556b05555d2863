namespace Disputes.Domain;

public enum EvidenceKind { Photo, Video, Document, Receipt, ShippingProof, Correspondence, Other }
