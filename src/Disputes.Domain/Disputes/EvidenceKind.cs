namespace Disputes.Domain;

// Stored by name: new kinds go anywhere, none may be renamed. ShippingProof is the carrier's tracking proof,
// Photo a photo of the item.
public enum EvidenceKind { Photo, Video, Document, Receipt, ShippingProof, Correspondence, Other, Invoice, ReturnReceipt }
