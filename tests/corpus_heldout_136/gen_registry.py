"""Which template produces how many messages (120 positives, 180 negatives)."""
import gen_pos_fr_a as pfa
import gen_pos_fr_b as pfb
import gen_pos_en_a as pea
import gen_pos_en_b as peb
import gen_neg_fr_a as nfa
import gen_neg_fr_b as nfb
import gen_neg_en_a as nea
import gen_neg_en_b as neb
import gen_pos_extra as pex

def nam_variant(fn, lang):
    """Same template, but the main patient is a RAMQ NAM holder; the NAM, birth date and sex are
    written right after the first body line that names the patient."""
    nam_line = pfa._nam_line if lang == "fr" else pea._nam_line

    def wrapped(c):
        c.holder_next = True
        c.last_holder = None
        m = fn(c)
        c.holder_next = False
        p = c.last_holder
        assert p is not None and m.html is None, fn.__name__
        lines = m.body.split("\n")
        for i, line in enumerate(lines):
            if p.surname.lower() in line.lower():
                block = nam_line(c, p, c.rng.choice(["inline", "paren", "lines"]))
                if p.given.lower() not in line.lower():
                    block = "%s, %s — %s" % (p.surname.upper(), p.given, block.replace("\n", " — "))
                lines.insert(i + 1, block)
                break
        else:
            raise AssertionError("holder not named in body: " + fn.__name__)
        m.body = "\n".join(lines)
        m.types = sorted(set(m.types) | {"ramq_nam", "date_of_birth", "patient_name"})
        m.holders = [p]
        return m
    wrapped.__name__ = fn.__name__ + "_nam"
    return wrapped


def _split(fn, lang):
    return [(fn, 1), (nam_variant(fn, lang), 1)]


POS_FR = [(f, 2) for f in (
    pfa.f_referral, pfa.f_donor_search, pfa.f_sibling_hla, pfa.f_conditioning, pfa.f_counts_census,
    pfa.f_transfusion, pfa.f_gvhd_followup, pfa.f_signout, pfa.f_apheresis_ics, pfa.f_transport,
    pfa.f_prescription, pfb.f_insurer_form, pfb.f_social_work, pfb.f_dpj, pfb.f_discharge_docx,
    pfb.f_chimerism, pfb.f_quick_note, pfb.f_subject_only, pfb.f_attach_name_only, pfb.f_vcard_homecare,
    pfb.f_zip_transfer, pfb.f_fwd_eml, pfb.f_cord_request, pfb.f_billing, pfb.f_vaccination,
    pfb.f_ecp_xlsx, pfb.f_research_enrol, pfb.f_france_nir, pfb.f_belgium_niss, pfb.f_iron_letter)]
_NAM_FR = {"f_conditioning", "f_transfusion", "f_chimerism", "f_social_work", "f_research_enrol", "f_iron_letter",
           "f_signout", "f_cord_request"}
POS_FR = [x for f, n in POS_FR for x in (_split(f, "fr") if f.__name__ in _NAM_FR else [(f, n)])]
POS_FR = [(f, 1 if f.__name__ in ("f_sibling_hla", "f_ecp_xlsx") else n) for f, n in POS_FR] + [(pex.f_mrn_only, 2)]

POS_EN = [(f, 2) for f in (
    pea.e_referral_on, pea.e_donor_search, pea.e_donor_workup, pea.e_conditioning, pea.e_engraftment_xlsx,
    pea.e_transfusion, pea.e_gvhd_clinic, pea.e_signout_html, pea.e_booking_bmbx, pea.e_transport,
    pea.e_rx_pharmacy, pea.e_disability_sin, pea.e_caregiver_sin, pea.e_social_work,
    peb.e_discharge_pdf, peb.e_cmv_alert, peb.e_quick_note, peb.e_subject_only, peb.e_attach_name_only,
    peb.e_vcard_homecare, peb.e_zip_records, peb.e_fwd_eml, peb.e_belgium, peb.e_france_nir,
    peb.e_nam_lab, peb.e_billing_on, peb.e_research_ae)] + [
    (peb.e_nam_referral, 2), (nam_variant(peb.e_dli, "en"), 1), (nam_variant(peb.e_death, "en"), 1),
    (peb.e_nutrition, 1)]
_NAM_EN = {"e_conditioning", "e_transfusion", "e_research_ae", "e_donor_search"}
POS_EN = [x for f, n in POS_EN for x in (_split(f, "en") if f.__name__ in _NAM_EN else [(f, n)])]
POS_EN = [(f, 1 if f.__name__ == "e_social_work" else n) for f, n in POS_EN] + [(pex.e_mrn_only, 2)]

_HARD_FR = {"n_paie", "n_sante_travail", "n_naissance", "n_bottin", "n_infolettre", "n_congres", "n_facture",
            "n_bon_commande", "n_etalonnage", "n_rappel", "n_stats", "n_cas", "n_formulaire", "n_gabarit",
            "n_tumorboard", "n_inventaire", "n_entrevues", "n_anniversaires", "n_comite_transfusion", "n_protocole"}
_HARD_EN = {"m_payroll", "m_occ_health", "m_baby", "m_directory", "m_newsletter", "m_conference", "m_invoice",
            "m_po", "m_calibration", "m_recall", "m_stats", "m_teaching", "m_blank_form", "m_template",
            "m_tumor_board", "m_inventory", "m_candidates", "m_birthdays", "m_committee", "m_protocol"}


def _neg_list(mods, prefix, hard):
    out = []
    for m in mods:
        for name in sorted(vars(m)):
            if name.startswith(prefix) and callable(getattr(m, name)):
                out.append((getattr(m, name), 3 if name in hard else 2))
    return out


NEG_FR = _neg_list([nfa, nfb], "n_", _HARD_FR)
NEG_EN = _neg_list([nea, neb], "m_", _HARD_EN)


def check_counts():
    tot = lambda l: sum(n for _, n in l)
    assert tot(POS_FR) + tot(POS_EN) == 120, (tot(POS_FR), tot(POS_EN))
    assert tot(NEG_FR) + tot(NEG_EN) == 180, (tot(NEG_FR), tot(NEG_EN))
