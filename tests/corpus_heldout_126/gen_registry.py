"""Which templates are used, and how many times each (120 positives, 180 negatives)."""
import gen_neg_en as NE
import gen_neg_en2 as NE2
import gen_neg_fr as NF
import gen_neg_fr2 as NF2
import gen_pos_en as PE
import gen_pos_en2 as PE2
import gen_pos_fr as PF
import gen_pos_fr2 as PF2

POS_FR = [
    (PF.t_referral, 3), (PF.t_preop, 2), (PF.t_or_list, 3), (PF.t_school, 3), (PF.t_chsld_roster, 3),
    (PF.t_preauth, 3), (PF.t_inr, 2), (PF.t_discharge, 3), (PF.t_rx, 3), (PF.t_transport, 3), (PF.t_quick, 3),
    (PF2.t_reply, 3), (PF2.t_fwd_parent, 2), (PF2.t_consult_onm, 3), (PF2.t_aide_sociale, 3), (PF2.t_nir, 3),
    (PF2.t_niss, 3), (PF2.t_subject_only, 3), (PF2.t_attach_only, 3), (PF2.t_ics, 2), (PF2.t_vcard, 2), (PF2.t_eml, 2),
]
POS_EN = [
    (PE.t_referral_on, 3), (PE.t_signout, 3), (PE.t_preauth_sin, 3), (PE.t_lab, 3), (PE.t_discharge, 3), (PE.t_rx, 3),
    (PE.t_school_csv, 3), (PE.t_ltc, 3), (PE.t_transport, 2), (PE.t_quick, 3),
    (PE2.t_reply, 3), (PE2.t_fwd, 3), (PE2.t_consult, 3), (PE2.t_subject_only, 2), (PE2.t_attach_only, 3), (PE2.t_ics, 2),
    (PE2.t_vcard, 2), (PE2.t_eml, 2), (PE2.t_social, 3), (PE2.t_ohip_billing, 2), (PE2.t_public_health, 3), (PE2.t_exchange, 3),
]
NEG_FR = [
    (NF.n_conge, 4), (NF.n_garde, 4), (NF.n_paie, 4), (NF.n_infolettre, 4), (NF.n_comite, 4), (NF.n_colloque, 4),
    (NF.n_affichage, 4), (NF.n_facture, 4), (NF.n_commande, 4), (NF.n_inventaire, 4), (NF.n_ti, 4), (NF.n_batiment, 4),
    (NF.n_stats, 4),
    (NF2.n_cas, 3), (NF2.n_formulaire, 3), (NF2.n_gabarit, 3), (NF2.n_rupture, 3), (NF2.n_rappel, 3), (NF2.n_recherche, 3),
    (NF2.n_sante_travail, 3), (NF2.n_formation, 3), (NF2.n_note_service, 3), (NF2.n_candidature, 3), (NF2.n_reunion, 3),
    (NF2.n_social, 2), (NF2.n_thread, 3),
]
NEG_EN = [
    (NE.n_leave, 4), (NE.n_oncall, 4), (NE.n_payroll, 4), (NE.n_newsletter, 4), (NE.n_committee, 4), (NE.n_conference, 4),
    (NE.n_job, 4), (NE.n_invoice, 4), (NE.n_po, 4), (NE.n_assets, 4), (NE.n_it, 4), (NE.n_facilities, 4), (NE.n_stats, 4),
    (NE2.n_teaching, 3), (NE2.n_blank, 3), (NE2.n_template, 3), (NE2.n_shortage, 3), (NE2.n_recall, 3), (NE2.n_research, 3),
    (NE2.n_occhealth, 3), (NE2.n_training, 3), (NE2.n_memo, 3), (NE2.n_candidate, 3), (NE2.n_meeting, 3), (NE2.n_social, 2),
    (NE2.n_thread, 3),
]


def check_counts():
    s = [sum(c for _, c in x) for x in (POS_FR, POS_EN, NEG_FR, NEG_EN)]
    if s != [60, 60, 90, 90]:
        raise SystemExit(f"template counts {s} != [60, 60, 90, 90]")
