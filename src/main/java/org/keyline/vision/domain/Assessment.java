package org.keyline.vision.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.keyline.account.AdviceFrequency;
import org.keyline.account.RelationshipLevel;
import org.keyline.vision.AssessmentQuestion;
import org.keyline.vision.KnownAnswers;

/**
 * An assessment of an account on one day: the typed answers to the ten questions, and
 * what Keyline knew then, kept as it was so that an old assessment shows the facts of its
 * day. Assessments are recorded, not edited: the next one revises them.
 */
@Entity
@Table(name = "vision_assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "assessed_on", nullable = false)
	private LocalDate assessedOn;

	@Column(name = "known_fiscal_year")
	private Integer knownFiscalYear;

	@Column(name = "known_share_of_wallet", precision = 7, scale = 2)
	private BigDecimal knownShareOfWallet;

	@Enumerated(EnumType.STRING)
	@Column(name = "known_relationship", nullable = false, length = 30)
	private RelationshipLevel knownRelationship;

	@Column(name = "known_touch_points", nullable = false)
	private int knownTouchPoints;

	@Enumerated(EnumType.STRING)
	@Column(name = "known_advice_frequency", nullable = false, length = 20)
	private AdviceFrequency knownAdviceFrequency;

	@Column(name = "known_strategic_importance", nullable = false)
	private short knownStrategicImportance;

	@Column(name = "known_ease_of_business", nullable = false)
	private short knownEaseOfBusiness;

	@Column(name = "known_competitors", length = 2000)
	private String knownCompetitors;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 50)
	private String createdBy;

	@ElementCollection
	@CollectionTable(name = "vision_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "question", length = 30)
	@Column(name = "answer", nullable = false, length = 4000)
	private Map<AssessmentQuestion, String> answers = new EnumMap<>(AssessmentQuestion.class);

	protected Assessment() {
	}

	public Assessment(long accountId, LocalDate assessedOn, KnownAnswers known, Map<AssessmentQuestion, String> answers,
			Instant createdAt, String createdBy) {
		this.accountId = accountId;
		this.assessedOn = assessedOn;
		this.knownFiscalYear = known.fiscalYear();
		this.knownShareOfWallet = known.shareOfWallet();
		this.knownRelationship = known.relationship();
		this.knownTouchPoints = known.touchPoints();
		this.knownAdviceFrequency = known.adviceFrequency();
		this.knownStrategicImportance = (short) known.strategicImportance();
		this.knownEaseOfBusiness = (short) known.easeOfBusiness();
		this.knownCompetitors = known.competitors();
		this.answers.putAll(answers);
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

}
