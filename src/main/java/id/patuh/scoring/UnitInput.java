package id.patuh.scoring;

/** What is known about one service unit: either its answers or a score given directly. */
public sealed interface UnitInput permits UnitAnswers, DirectUnitScore {

    /** The unit's key, unique within its entity. */
    String unitKey();
}
