"""Positives where the only identifier is the chart number (no name anywhere)."""
from gen_common import ORG, gen_mrn, fr_date, en_date
from gen_mime import Msg
from gen_text import staff_addr, dec


def f_mrn_only(c):
    r = c.rng
    dt = c.date()
    bank, nurse = c.pick("bank"), c.pick("nurse")
    mrn_s, mrn = gen_mrn(r)
    ab = r.choice(["anti-Jka", "anti-E", "anti-Fya", "anti-K"])
    body = "\n".join([
        "Bonjour,", "",
        "Pour le dossier %s (7N) : anticorps %s identifié au dépistage d'aujourd'hui; test direct à l'antiglobuline "
        "positif (IgG). Hb %d g/L ce matin selon le labo." % (mrn_s, ab, r.randint(64, 79)),
        "Les 2 culots antigène-négatifs, irradiés, seront prêts vers %d h. Merci de ne pas débuter la transfusion avant "
        "notre appel." % r.randint(13, 17), "",
        bank.full, "Banque de sang — %s" % ORG["tel_bank"]])
    return Msg("fr", "blood_bank_callback", True, ["mrn", "lab_result"],
               "résultat d'anticorps irréguliers identifié par numéro de dossier seulement",
               staff_addr(bank), [staff_addr(nurse)], "Dossier %s — anticorps identifié" % mrn_s, body,
               ids=[("mrn", mrn)], date=dt, hints={"struct": "plain"})


def e_mrn_only(c):
    r = c.rng
    dt = c.date()
    ph, hem = c.pick("pharm"), c.pick("hemato")
    mrn_s, mrn = gen_mrn(r)
    lvl = round(r.uniform(16, 24), 1)
    body = "\n".join([
        "Hi %s," % hem.given, "",
        "MRN %s - tacrolimus trough this AM %.1f ng/mL (target 8-12), creatinine up to %d from %d. "
        "Posaconazole was started 4 days ago. Suggest holding tonight's dose and restarting at 1 mg BID; repeat level in 48 h." % (
            mrn_s, lvl, r.randint(130, 190), r.randint(70, 100)), "",
        ph.given + ", BMT pharmacy"])
    return Msg("en", "pharmacy_note", True, ["mrn", "lab_result", "medication"],
               "drug-level advice identified by chart number only",
               staff_addr(ph), [staff_addr(hem)], "Tac level high", body, ids=[("mrn", mrn)], date=dt)
