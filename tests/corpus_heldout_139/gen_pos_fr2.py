"""Confidential messages in French (part 2): threads, calendar, cards, archives, foreign patients."""
import datetime

import gen_attach as A
import gen_clin as K
from gen_build import quote, reply_block, forward_block, earlier, fake_msgid
from gen_common import addr, sig, key_for, ORGS, CLINIC_FR, CLINIC_ADDR, fmt_date, MOIS
from gen_ctx import spec

L = "fr"


def _pp(ctx, k):
    return ctx.pick(getattr(K, k)[L])


def forward_gmf(ctx):
    p = ctx.nam_pt()
    dx = _pp(ctx, "WOUND")
    lab = ctx.sample(K.LABS[L], 2)
    gmf = addr("tanguay")
    prev = earlier(ctx.dt, ctx.rng, 20, 120)
    inner = ("Bonjour,\n\nPatient(e) vu(e) ce matin : %s, né(e) le %s, sexe %s, NAM %s.\n"
             "%s. %s, %s.\nPouvez-vous l'inscrire à la clinique des plaies ?\n\nÉlise Tanguay, MD\n"
             % (ctx.name(p, ["full", "upper_first", "titled"]), ctx.dob(p, ctx.pick(["long", "slash_dmy", "iso"])),
                ctx.sex(p), ctx.nam(p), dx[1][0].upper() + dx[1][1:], lab[0], lab[1]))
    me = ctx.pick(["laberge", "cyr"])
    to = [addr(ctx.pick(["lafreniere", "boisvert"]))]
    text = ("%s\n\n%s\n" % (ctx.pick(["Pour info, à trier svp. Voir ci-dessous.", "Peux-tu regarder ça ? Le GMF insiste.",
                                      "FYI - demande reçue par courriel plutôt que par le CRDS."]),
                            forward_block(L, prev, gmf, addr("laberge"), "Référence plaie", inner)))
    return spec(ctx, "forward", "forwarded referral e-mail from clinic",
                ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result"],
                addr(me), to, "TR: Référence plaie", text)


def ics_booking(ctx):
    p = ctx.pt()
    proc, dx = _pp(ctx, "PAIRS")
    d, h, m, appt = ctx.appt(3, 20)
    start = datetime.datetime(d.year, d.month, d.day, h, m)
    end = start + datetime.timedelta(minutes=ctx.pick([45, 60, 90]))
    org = addr("laberge")
    nm = ctx.name(p, ["full", "upper_first", "sur_initial"])
    summary = "%s - %s (dossier %s)" % (proc.capitalize(), nm, ctx.mrn(p, ctx.pick(["plain", "h"])))
    desc = "Indication : %s. À jeun depuis minuit. Arrêter %s 48 h avant." % (dx[1], ctx.pick(["le clopidogrel", "l'apixaban", "la metformine"]))
    ics = A.ics_text("%s-%d@hrvc.example" % (ctx.dt.strftime("%Y%m%d"), ctx.index), start, end, summary, desc,
                     "Bloc opératoire, salle 6", org, [addr("archambault"), addr("boisvert")])
    text = "Bonjour,\n\nInvitation pour la salle d'opération — %s.\n\n%s\n" % (appt, sig("laberge", short=True))
    return spec(ctx, "ics_booking", "operating room booking invitation",
                ["patient_name", "mrn", "diagnosis", "medication"], org, [addr("archambault"), addr("boisvert")],
                "Invitation : %s" % ctx.pick([proc, "bloc %d %s" % (d.day, MOIS[d.month - 1])]), text,
                attachments=[{"kind": "ics", "filename": "invite.ics", "text": ics}])


def vcard_contact(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    frm = addr("arseneau")
    to = [addr("provencher")]
    note = "Suivi plaie : %s. Pansement 3x/sem. Clé chez la voisine." % dx[0]
    types = ["patient_name", "patient_contact", "diagnosis"]
    bday = None
    if ctx.chance(0.5):
        bday = p.dob.isoformat()
        types.append("date_of_birth")
    card = A.vcf_text("%s %s" % (p.given, p.surname), p.surname, p.given, tel=[("home", p.phone), ("cell", p.cell)],
                      adr=("home", p.street, p.town, "QC", p.postal), bday=bday, note=note)
    text = ("Bonjour Nadia,\n\nNouvelle prise en charge SAD à partir de lundi. Les coordonnées sont dans la fiche jointe ; "
            "le plan de soins suit par télécopieur.\n\n%s\n" % sig("arseneau"))
    fn = ctx.pick(["%s_%s.vcf" % (p.given, p.surname), "contact.vcf", "fiche_usager.vcf"])
    return spec(ctx, "vcard_contact", "patient contact card for home care intake", types, frm, to,
                ctx.pick(["Nouvelle prise en charge SAD", "Coordonnées usager"]), text,
                attachments=[{"kind": "vcf", "filename": fn, "text": card, "ctype": ctx.pick(["text/vcard", "text/x-vcard"])}])


def zip_measures(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    rows = [["date", "longueur_cm", "largeur_cm", "profondeur_cm", "tissu", "exsudat"]]
    base = ctx.dt.date() - datetime.timedelta(days=42)
    w, h = ctx.rng.randrange(40, 80) / 10, ctx.rng.randrange(25, 50) / 10
    for i in range(7):
        rows.append([fmt_date(base + datetime.timedelta(days=7 * i), L, "iso"), ("%.1f" % (w - 0.3 * i)).replace(".", ","),
                     ("%.1f" % (h - 0.2 * i)).replace(".", ","),
                     ctx.pick(["0,2", "0,3", "0,5"]), ctx.pick(["granulation 80 %", "fibrine 40 %", "granulation 60 %"]),
                     ctx.pick(["modéré", "faible", "abondant"])])
    note = "%s\nPlaie : %s\nDossier : %s\n" % (p.surname.upper() + ", " + p.given, dx[1], ctx.mrn(p, "plain"))
    fname = ctx.pick(["Suivi_plaie_%s.zip" % p.surname, "mesures_%s.zip" % p.mrn, "Photos et mesures %s.zip" % p.surname])
    members = [{"kind": "csv", "filename": "mesures.csv", "rows": rows, "delimiter": ";"},
               {"kind": "txt", "filename": "lisez-moi.txt", "text": note}]
    text = ("Bonjour,\n\nComme convenu, les mesures des 6 dernières semaines (les photos restent dans le dossier "
            "numérique, pas par courriel).\n\n%s\n" % sig("normandeau"))
    return spec(ctx, "zip_measures", "wound measurement archive", ["patient_name", "mrn", "diagnosis"],
                addr("normandeau"), [addr("lafreniere")], ctx.pick(["Mesures plaie", "Suivi des mesures"]), text,
                attachments=[{"kind": "zip", "filename": fname, "members": members}])


def belgian(ctx):
    p = ctx.pt(region="be")
    dx = _pp(ctx, "WOUND")
    meds = ctx.sample(K.MEDS[L][:3], 2)
    frm = addr("lafreniere")
    to = [("Service des relations internationales", "international@mutsainthubert.example")]
    nm = ctx.name(p, ["full", "upper_first", "titled"])
    text = ("Madame, Monsieur,\n\nVotre affilié(e) %s (NISS %s, né(e) le %s) a été pris(e) en charge dans notre "
            "établissement lors d'un séjour au Québec pour %s.\nTraitement : %s. Médication : %s.\n"
            "Nous vous transmettons la facture et le rapport médical pour remboursement.\n\nCordialement,\n\n%s\n"
            % (nm, ctx.niss(p), ctx.dob(p, ctx.pick(["slash_dmy", "long", "dot_dmy"])), dx[1], K.dressing_for(ctx.rng, L, dx),
               "; ".join(meds), sig("lafreniere")))
    return spec(ctx, "foreign_insurer", "report to a Belgian health fund",
                ["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"], frm, to,
                ctx.pick(["Prise en charge d'un(e) affilié(e) - rapport médical", "Demande de remboursement - soins au Canada"]),
                text)


def french_patient(ctx):
    p = ctx.pt(region="fra")
    proc, dx = _pp(ctx, "PAIRS")
    frm = addr(ctx.pick(["archambault", "benali"]))
    to = [("Dr Laurent Pagès", "secretariat@cabinet-tilleuls.example")]
    nm = ctx.name(p, ["titled", "upper_first"])
    types = ["patient_name", "fr_nir", "diagnosis"]
    body = ("Cher confrère,\n\nJe vous adresse des nouvelles de votre patient(e) %s (n° de sécurité sociale %s), "
            "hospitalisé(e) chez nous pour %s. Un(e) %s a été réalisé(e) le %s.\n"
            % (nm, ctx.nir(p), dx[1], proc, fmt_date(ctx.dt.date() - datetime.timedelta(days=5), L, "long")))
    if ctx.chance(0.6):
        body += "Traitement de sortie : %s.\n" % "; ".join(ctx.sample(K.MEDS[L], 2))
        types.append("medication")
    body += "Le retour en France est prévu dans deux semaines, avec soins infirmiers à domicile.\n\nBien confraternellement,\n\n%s\n" % sig(key_for(frm[1]))
    return spec(ctx, "foreign_physician", "letter to the patient's physician in France", types, frm, to,
                "Compte rendu d'hospitalisation", body)


def mrn_only(ctx):
    p = ctx.pt()
    cult = ctx.pick(["SARM", "ERV", "E. coli BLSE", "C. difficile"])
    frm = addr(ctx.pick(["normandeau", "boisvert"]))
    to = [("Prévention des infections", "pci@hrvc.example")]
    mrn = ctx.mrn(p)
    text = ("Bonjour,\n\nLe patient du dossier %s (ch. 4%02d) a une culture de plaie positive %s ce matin. "
            "Il porte aussi une plaie de pied diabétique avec ostéite. On le met en isolement de contact ? "
            "Il doit venir à la clinique mardi pour débridement.\n\n%s\n"
            % (mrn, ctx.rng.randrange(1, 40), cult, sig(key_for(frm[1]), short=True)))
    return spec(ctx, "infection_control", "positive culture for a chart number", ["mrn", "lab_result", "diagnosis"],
                frm, to, ctx.pick(["Culture positive - isolement ?", "%s positif" % cult]), text)


def eml_attached(ctx):
    p = ctx.pt()
    dx = _pp(ctx, "WOUND")
    soc = _pp(ctx, "SOCIAL")
    prev = earlier(ctx.dt, ctx.rng, 3, 48)
    inner_text = ("Bonjour,\n\nJe suis allée chez %s hier. %s. De plus, %s.\nLa plaie a doublé de taille.\n\n"
                  "Nadia Provencher, inf.\nCLSC des Trois-Lacs\n" % (ctx.name(p, ["titled", "full"]), dx[1].capitalize(), soc))
    inner = {"lang": L, "from": addr("provencher"), "to": [addr("boisvert")], "subject": "Situation à domicile",
             "text": inner_text, "date": prev, "body_mode": "plain"}
    frm = addr("boisvert")
    to = [addr(ctx.pick(["frechette", "lafreniere"]))]
    text = "Je te transfère le message de l'infirmière du CLSC. On en parle à la réunion de jeudi ?\n\nIsabelle\n"
    return spec(ctx, "forward_attached", "nurse message forwarded as attachment",
                ["patient_name", "diagnosis", "social_information"], frm, to, "TR: Situation à domicile", text,
                attachments=[{"kind": "eml", "filename": ctx.pick([None, "Situation à domicile.eml"]), "spec": inner}])


def youth(ctx):
    p = ctx.pt(min_year=2007, max_year=2010)
    frm = addr("frechette")
    to = [("Réception des signalements DPJ", "signalement@cisss-hauteriviere.example")]
    nm = ctx.name(p, ["full", "upper_first"])
    text = ("Bonjour,\n\nSuite à notre appel de ce matin, voici les informations pour le signalement.\n\n"
            "Jeune : %s, né(e) le %s\nAdresse : %s, %s\n"
            "Motif : plaies infectées aux deux pieds non soignées depuis plusieurs semaines, pansements non faits, "
            "absences répétées aux rendez-vous ; le jeune dit dormir chez des amis.\n"
            "Parent joint par téléphone, refuse le suivi.\n\n%s\n" % (nm, ctx.dob(p), p.street, p.town, sig("frechette")))
    return spec(ctx, "youth_protection", "youth protection report", ["patient_name", "date_of_birth", "patient_contact",
                "diagnosis", "social_information"], frm, to, "Signalement - suivi de l'appel", text, importance="high")


def preop_labs(ctx):
    p = ctx.pt()
    labs = ["créat %d µmol/L" % ctx.rng.randrange(80, 240), "DFGe %d" % ctx.rng.randrange(20, 90),
            "K %s" % ctx.pick(["4,1", "5,3", "3,4"]), "INR %s" % ctx.pick(["1,0", "1,4", "2,6"]),
            "Hb %d" % ctx.rng.randrange(85, 140)]
    frm = addr("benali")
    to = [addr("masse")]
    nm = ctx.name(p, ["upper_first", "sur_comma"])
    text = ("Olivier,\n\nBilan pré-angiographie pour %s, dossier %s, prévu(e) demain 8 h :\n%s\n\n"
            "Il/elle est sous metformine et apixaban. Je cesse la metformine 48 h après le contraste ; pour l'apixaban "
            "on arrête ce soir ? Néphroprotection au NaCl selon protocole.\n\nKarim\n"
            % (nm, ctx.mrn(p), " / ".join(labs)))
    return spec(ctx, "preop_labs", "pre-angiogram lab values and medication question",
                ["patient_name", "mrn", "lab_result", "medication"], frm, to,
                ctx.pick(["Bilan pré-angio", "Angio demain - métformine/apixaban"]), text)


def prosthesis(ctx):
    p = ctx.pt()
    d, h, m, appt = ctx.appt(5, 25)
    frm = addr("hamel")
    to = [addr("beaulac")]
    side = ctx.pick(["gauche", "droit"])
    text = ("Bonjour Rémi,\n\n%s, amputé(e) transtibial(e) %s le %s, est prêt(e) pour la prise de mesure de la prothèse "
            "temporaire. Moignon bien cicatrisé, œdème résiduel léger (circonférence 34 cm à 10 cm du plateau).\n"
            "Rendez-vous proposé : %s. Téléphone de la patiente/du patient : %s.\n\nMerci,\n\n%s\n"
            % (ctx.name(p, ["titled", "full"]), side,
               fmt_date(ctx.dt.date() - datetime.timedelta(days=ctx.rng.randrange(40, 80)), L, "long"), appt, p.phone,
               sig("hamel")))
    return spec(ctx, "prosthesis", "referral to prosthetist after amputation", ["patient_name", "diagnosis", "patient_contact"],
                frm, to, ctx.pick(["Prothèse temporaire", "Prise de mesure - moignon %s" % side]), text)


def csv_abi(ctx):
    n = ctx.rng.randrange(5, 10)
    rows = [["Nom", "Prénom", "DDN", "Sexe", "IPS D", "IPS G", "Commentaire"]]
    types = ["patient_name", "date_of_birth", "lab_result"]
    for i in range(n):
        if i == 0 and ctx.chance(0.5):
            p = ctx.nam_pt()
            rows.append([p.surname, p.given, p.dob.isoformat(), p.sex, "0,54", "0,96", "NAM " + ctx.nam(p, "plain")])
            types.append("ramq_nam")
            continue
        p = ctx.pt()
        rows.append([p.surname, p.given, p.dob.isoformat(), p.sex, ("%.2f" % (ctx.rng.randrange(30, 130) / 100)).replace(".", ","),
                     ("%.2f" % (ctx.rng.randrange(30, 130) / 100)).replace(".", ","), ctx.pick(["", "non compressible", "douleur", "à reprendre"])])
    text = ("Bonjour,\n\nVoici l'export des IPS de la semaine pour la revue de jeudi.\n\n%s\n" % sig("villeneuve", short=True))
    return spec(ctx, "abi_export", "weekly ABI export spreadsheet", types, addr("villeneuve"),
                [addr("lafreniere"), addr("archambault")], ctx.pick(["IPS de la semaine", "Export labo vasculaire"]), text,
                attachments=[{"kind": "csv", "filename": "ips_semaine_%s.csv" % ctx.dt.strftime("%V"), "rows": rows,
                              "delimiter": ctx.pick([",", ";"]), "charset": ctx.pick(["utf-8", "windows-1252"])}])


def subject_only(ctx):
    p = ctx.pt()
    frm = addr("normandeau")
    to = [addr("lafreniere")]
    subj = ctx.pick(["%s - plaie talon" % ctx.name(p, ["upper_first", "sur_initial"]),
                     "Re: %s, suite débridement" % ctx.name(p, ["title_sur", "sur_comma"])])
    text = ("La plaie est plus macérée qu'hier, la berge interne est nécrotique sur 1 cm et le pouls pédieux n'est plus "
            "perçu au Doppler portatif. Je pense qu'il faut refaire l'IPS avant le prochain débridement.\n\nJulie\n")
    return spec(ctx, "subject_only", "wound update with the name only in the subject", ["patient_name", "diagnosis"],
                frm, to, subj, text)
