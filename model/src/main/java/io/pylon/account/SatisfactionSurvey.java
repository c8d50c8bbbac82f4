package io.pylon.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One satisfaction survey of an agency: when, who answered, the scores and their words. */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_survey_seq")
    @SequenceGenerator(name = "satisfaction_survey_seq", sequenceName = "satisfaction_survey_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "surveyed_on", nullable = false)
    private LocalDate surveyedOn;

    @Column(length = 200)
    private String respondent;

    @Embedded
    private SurveyScores scores;

    @Column(length = MAX_TEXT)
    private String comment;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected SatisfactionSurvey() {
    }

    public SatisfactionSurvey(Account account, LocalDate surveyedOn, String respondent, SurveyScores scores,
                              String comment, String recordedBy) {
        this.account = Objects.requireNonNull(account);
        this.surveyedOn = Objects.requireNonNull(surveyedOn);
        this.respondent = respondent;
        this.scores = Objects.requireNonNull(scores);
        this.comment = comment;
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long id() {
        return id;
    }

    public LocalDate surveyedOn() {
        return surveyedOn;
    }

    public String respondent() {
        return respondent;
    }

    public SurveyScores scores() {
        return scores;
    }

    public String comment() {
        return comment;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
