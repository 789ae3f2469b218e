"""Helpers that write a patient's identifiers into a message and record the
label types and the facts the verifier will look for."""
import string

from gen_common import (DOB_STYLES, fmt_date, fmt_mrn, fmt_nir, fmt_niss, fmt_ohip, fmt_sin, make_mrn,
                        make_nir, make_niss, make_ohip, make_sin, random_address, random_phone)

MRN_STYLES = ["plain", "plain", "hyphen", "spaced", "prefixed", "slash", "fw"]


def name(m, p, form=None):
    forms = ["full", "last_first", "last_first_plain", "title", "title_last", "lower", "initials",
             "last_comma", "lower_last_first"]
    form = form or m.rng.choice(forms)
    m.t("patient_name")
    if form == "given":
        m.fact("text", p.given)
    else:
        m.fact("name", p.surname)
    return p.name(form, m.lang)


def dob(m, p, style=None, pdf=False):
    styles = [s for s in DOB_STYLES if not (pdf and s == "fw")]
    m.t("date_of_birth")
    m.fact("dob", p.dob)
    return fmt_date(p.dob, style or m.rng.choice(styles), m.lang)


def mrn(m, p, style=None, pdf=False):
    if not p.mrn:
        p.mrn = make_mrn(m.rng)
    styles = [s for s in MRN_STYLES if not (pdf and s == "fw")]
    style = style or m.rng.choice(styles)
    m.t("mrn")
    m.fact("id", "mrn", p.mrn)
    return fmt_mrn(p.mrn, style)


def sin(m, p, style=None, pdf=False):
    if not p.sin:
        p.sin = make_sin(m.rng)
    styles = ["plain", "spaced", "spaced", "hyphen", "dotted", "slash"] + ([] if pdf else ["fw"])
    m.t("ca_sin")
    m.fact("id", "sin", p.sin)
    return fmt_sin(p.sin, style or m.rng.choice(styles))


def ohip(m, p, style=None, pdf=False, vc=None):
    if not p.ohip:
        p.ohip = make_ohip(m.rng)
        p.ohip_vc = "".join(m.rng.choice(string.ascii_uppercase) for _ in range(2))
    styles = ["plain", "spaced", "hyphen", "hyphen", "dotted"] + ([] if pdf else ["fw"])
    m.t("ca_health_number")
    m.fact("id", "ohip", p.ohip)
    use_vc = m.rng.random() < 0.6 if vc is None else vc
    return fmt_ohip(p.ohip, style or m.rng.choice(styles), p.ohip_vc if use_vc else "")


def niss(m, p, style=None, pdf=False):
    if not p.niss:
        p.niss = make_niss(m.rng, p.dob, p.sex)
    styles = ["official", "official", "plain", "spaced", "hyphen"] + ([] if pdf else ["fw"])
    m.t("be_niss")
    m.fact("id", "niss", p.niss)
    return fmt_niss(p.niss, style or m.rng.choice(styles))


def nir(m, p, style=None, pdf=False):
    if not p.nir:
        p.nir = make_nir(m.rng, p.dob, p.sex)
    styles = ["spaced", "spaced", "plain", "dotted", "compact_key"] + ([] if pdf else ["fw"])
    m.t("fr_nir")
    m.fact("id", "nir", p.nir)
    return fmt_nir(p.nir, style or m.rng.choice(styles))


def phone(m, p, area=None):
    if not p.phone:
        p.phone = random_phone(m.rng, area)
    m.t("patient_contact")
    m.fact("text", p.phone)
    return p.phone


def address(m, p, lang=None):
    if not p.address:
        p.address, p.addr_parts = random_address(m.rng, lang or m.lang)
    m.t("patient_contact")
    m.fact("text", p.addr_parts[3])
    return p.address


PDF_NAM_STYLES = ["plain", "spaced", "dotted", "hyphen", "slash", "lower", "odd"]
PDF_DOB_STYLES = ["iso", "dmy", "ymd_slash", "dmy_dash", "long", "dmon", "ymd_dot"]


def nam(m, p, pdf=False, **kw):
    if pdf:
        kw.setdefault("nam_style", m.rng.choice(PDF_NAM_STYLES))
        kw.setdefault("dob_style", m.rng.choice(PDF_DOB_STYLES))
    return m.nam_block(p, **kw)


COMORB = [("HTA (amlodipine 5 mg die)", "hypertension (amlodipine 5 mg daily)"),
          ("DB2 (metformine 500 mg bid)", "type 2 diabetes (metformin 500 mg bid)"),
          ("FA sous apixaban 5 mg bid", "AFib on apixaban 5 mg bid"),
          ("hypothyroïdie (lévothyroxine 75 µg)", "hypothyroidism (levothyroxine 75 mcg)"),
          ("dépression (sertraline 100 mg)", "depression (sertraline 100 mg)"),
          ("dyslipidémie (rosuvastatine 10 mg)", "dyslipidaemia (rosuvastatin 10 mg)"),
          ("MPOC (Trelegy 1 inh. die)", "COPD (Trelegy 1 puff daily)"),
          ("goutte (allopurinol 200 mg)", "gout (allopurinol 200 mg)")]


def comorb(m, n=None):
    """A short past-history line with medications; labels diagnosis + medication."""
    k = n or m.rng.randint(1, 3)
    items = m.rng.sample(COMORB, k)
    m.t("diagnosis", "medication")
    return ", ".join(i[0] if m.lang == "fr" else i[1] for i in items)


# --------------------------------------------------------------------------- referral motifs
def motif(rng, key, lang, site):
    """Free-text reason for a teledermatology request, as a family physician writes it."""
    fr = lang == "fr"
    mm = rng.choice([6, 7, 9, 11, 14])
    if key in ("mel", "mel_is", "nevus"):
        return (f"Lésion pigmentée de {mm} mm au {site}, présente depuis quelques années mais qui a foncé et "
                f"s'est élargie depuis l'automne selon le conjoint. Bordure irrégulière, 2-3 teintes. "
                f"Pas de saignement. R/O mélanome.",
                "Biopsie d'emblée ou exérèse complète? Je peux faire un poinçon au bureau si vous jugez approprié.") if fr else (
                f"{mm} mm pigmented lesion on the {site}, present for years but darker and larger since the fall per spouse. "
                f"Irregular border, 2-3 colours, no bleeding. R/O melanoma.",
                "Should I punch it here or refer for excisional biopsy?")
    if key in ("bcc_nod", "bcc_sup", "bcc_inf", "scc", "scc_is", "ak"):
        return (f"Papule perlée de {mm} mm au {site} avec télangiectasies, croûte centrale qui saigne par moments "
                f"depuis 6 mois. Beaucoup d'exposition solaire (ancien travailleur forestier). R/O CBC vs CEC.",
                "Merci de confirmer si biopsie ici ou prise en charge directe en clinique.") if fr else (
                f"{mm} mm pearly papule on the {site} with telangiectasia and an intermittently bleeding central crust "
                f"for 6 months. Heavy sun exposure history. R/O BCC vs SCC.",
                "Biopsy here first, or can you take it from here?")
    if key in ("pso", "pso_inv", "pso_ungu"):
        return (f"Plaques érythémato-squameuses coudes, genoux, cuir chevelu et région lombaire, BSA estimée à 15 %. "
                f"Échec Dovobet et clobétasol. Impact important au travail.",
                "Candidat à photothérapie ou à un biologique?") if fr else (
                "Erythematous scaly plaques on elbows, knees, scalp and lower back, BSA roughly 15%. "
                "Failed Dovobet and clobetasol. Big impact on work.",
                "Candidate for phototherapy or a biologic?")
    if key in ("da", "da_ped"):
        return ("Eczéma diffus avec lichénification aux plis, prurit nocturne, excoriations surinfectées par moments. "
                "Hydratation et cortisone topique moyenne puissance depuis 1 an, réponse partielle.",
                "Bilan allergique ou escalade thérapeutique?") if fr else (
                "Widespread eczema with flexural lichenification, nocturnal itch, intermittent impetiginised excoriations. "
                "Emollients and mid-potency steroid for a year with partial response.",
                "Patch testing or step-up therapy?")
    if key == "hemangiome":
        return ("Lésion vasculaire rouge vif de la paupière supérieure gauche, croissance rapide depuis 3 semaines, "
                "commence à fermer partiellement l'œil.",
                "Urgence relative? Propranolol à débuter?") if fr else (
                "Bright red vascular lesion of the left upper eyelid, growing fast over 3 weeks, starting to partly close the eye.",
                "Is this urgent? Should propranolol be started?")
    if key == "molluscum":
        return ("Nombreuses papules ombiliquées tronc et plis axillaires, > 40 lésions, eczéma autour.",
                "Traitement en clinique possible?") if fr else (
                "Numerous umbilicated papules on trunk and axillae, more than 40 lesions, with surrounding eczema.",
                "Can you treat in clinic?")
    if key == "hs":
        return ("Nodules et abcès récidivants aux aisselles et aux aines, tunnels drainants, 3 drainages à l'urgence cette année.",
                "Prise en charge en dermato pour traitement systémique?") if fr else (
                "Recurrent nodules and abscesses in axillae and groin with draining tunnels, 3 ER drainages this year.",
                "Can you take over for systemic therapy?")
    if key == "acne":
        return ("Acné nodulokystique visage et dos, cicatrices débutantes, échec doxycycline 4 mois + Tactuo.",
                "Candidat isotrétinoïne?") if fr else (
                "Nodulocystic acne of face and back with early scarring; failed 4 months of doxycycline plus Tactupump.",
                "Isotretinoin candidate?")
    if key == "gale":
        return ("Prurit intense généralisé pire la nuit, sillons aux espaces interdigitaux, toute la famille atteinte. "
                "Déjà traitée 2 fois à la perméthrine.",
                "Ivermectine orale?") if fr else (
                "Intense generalised itch worse at night, burrows in finger webs, whole household affected; permethrin twice already.",
                "Oral ivermectin?")
    if key == "ulcere":
        return ("Ulcère malléolaire interne gauche de 4 x 3 cm depuis 5 mois, fond fibrineux, œdème, dermite ocre.",
                "Biopsie pour éliminer néoplasie? Suggestions de pansements?") if fr else (
                "4 x 3 cm medial malleolar ulcer on the left for 5 months, fibrinous base, oedema, haemosiderin staining.",
                "Biopsy to rule out malignancy? Dressing suggestions?")
    if key == "alopecie":
        return ("Plaques alopéciques multiples du cuir chevelu, extension rapide, atteinte des sourcils.",
                "Infiltrations ou traitement systémique?") if fr else (
                "Multiple patches of hair loss on the scalp spreading fast, eyebrows now involved.",
                "Injections or systemic treatment?")
    return ("Éruption prurigineuse évolutive depuis 2 mois, ne répond pas aux antihistaminiques ni à la crème "
            "d'hydrocortisone.", "Votre avis sur le diagnostic et le traitement?") if fr else (
            "Itchy evolving eruption for 2 months, no response to antihistamines or hydrocortisone cream.",
            "Your opinion on diagnosis and management?")
