"""French positives, part 2: transport, prescriptions, quick notes, social work, letters, forwards, NIR."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import Att, fwd_fr, quote, said_fr

S, X = C.STAFF, C.EXTERNAL


# 8 ------------------------------------------------------------------------------------------
def transport(c):
    r = c.rng
    c.category, c.note = "transport", "adapted transport request for an endoscopy appointment"
    p = c.patient(55, 92)
    d = C.next_weekday(c.day, r.randint(3, 20))
    hr = r.choice([7, 8, 9, 10, 13])
    why = r.choice(["hémiplégie gauche post-AVC, fauteuil roulant", "MPOC sous O2 2 L, marchette",
                    "amputation transtibiale droite", "maladie de Parkinson avancée, transfert avec aide",
                    "déficience visuelle sévère"])
    c.T("diagnosis")
    nm = c.nm(p)
    addr = c.contact(p, "addr")
    tel = p.phone
    ask_dob = r.random() < 0.5
    lines = ["Bonjour,", "", "Demande de transport adapté (aller-retour) :", "",
             f"Usager : {nm}"]
    if ask_dob:
        lines.append(f"Date de naissance : {c.dob(p)}")
    lines += [f"Adresse de départ : {addr}", f"Téléphone : {tel}",
              f"Rendez-vous : {C.appt_fr(d, hr)} – {r.choice(K.PROC_FR)}, endoscopie HSAB (pavillon B)",
              f"Condition : {why}",
              "Retour prévu vers " + f"{hr + 3} h" + " — la personne aura reçu une sédation et doit être accompagnée jusqu'à son domicile.",
              "", "Merci de confirmer par courriel.", "", S["archambault"].sig("fr")]
    if r.random() < 0.35:
        lines.insert(-3, "Elle demeure seule; sa fille ne peut pas l'accompagner ce jour-là." if p.sex == "F" else
                     "Il demeure seul; son fils ne peut pas l'accompagner ce jour-là.")
        c.T("social_information")
    return c.mail(S["archambault"], [X["transport"]], r.choice(["Demande de transport – endoscopie", "Transport adapté",
                                                                  f"Transport {C.r_date(d, 'dmy')}"]),
                  "\n".join(lines) + "\n")


# 9 ------------------------------------------------------------------------------------------
def pharmacy_rx(c):
    r = c.rng
    c.category, c.note = "prescription", "prescription sent to a community pharmacy"
    use_nam = r.random() < 0.6
    p = c.holder(18, 85) if use_nam else c.patient(25, 80)
    doc = [S["okafor"], S["chen"], S["desrochers"], S["vaillancourt"]][c.occ % 4]
    c.T("medication")
    if doc in (S["okafor"], S["vaillancourt"]):
        rx = [f"{r.choice(['Mésalamine (Mezavant) 4,8 g DIE', 'Pentasa 4 g DIE', 'Budésonide MMX (Cortiment) 9 mg DIE x 8 sem'])}",
              "Salofalk lavement 4 g HS x 4 sem", "Renouvellement : 3"]
        dx = r.choice(["Colite ulcéreuse gauche en poussée", "Rectite ulcéreuse"])
    elif doc is S["chen"]:
        rx = ["Epclusa (sofosbuvir/velpatasvir) 400/100 mg, 1 co DIE x 12 semaines (84 co)", "Aucun renouvellement"]
        dx = "Hépatite C chronique génotype 3, sans cirrhose"
    else:
        prep = r.choice(K.PREP)
        rx = [f"{prep[1]} ({prep[0]}) – 1 trousse, selon feuille d'instructions", "Bisacodyl 5 mg, 2 co la veille"]
        dx = "Coloscopie de dépistage"
    if doc is not S["desrochers"]:
        c.T("diagnosis")
    addr = c.contact(p, "addr") if r.random() < 0.6 else None
    if use_nam:
        idl = c.id_lines(p, with_mrn=False, pdf=True)
    else:
        idl = f"Nom : {c.nm(p, full=True)}\nDDN : {c.dob(p)}"
    blocks = [("kv", [(ln.split(":")[0] + " :", ln.split(":", 1)[1].strip()) for ln in idl.split("\n")] +
               ([("Adresse :", addr)] if addr else [])),
              ("p", f"Diagnostic / indication : {dx}"), ("h", "Rx"), *[("p", x) for x in rx],
              ("p", f"{doc.t('fr')} – permis {r.randint(10000, 99999)}   Date : {C.r_date(c.day, 'iso')}")]
    if r.random() < 0.5:
        pdf = A.make_pdf("Ordonnance", blocks, "fr")
        body = (f"Bonjour,\n\nVeuillez trouver ci-jointe une ordonnance pour un(e) patient(e) de la clinique. "
                f"L'original suit par télécopieur ({C.UNIT_PHONE['fax_endo']}).\n\n{doc.sig('fr')}\n")
        fn = r.choice(["ordonnance.pdf", f"Rx_{p.surname}.pdf", f"ordonnance_{c.day:%Y%m%d}.pdf"])
        return c.mail(doc, [X["pharmacie"]], "Ordonnance", body, atts=[Att(fn, "application/pdf", pdf)])
    body = ("Bonjour,\n\nOrdonnance pour la patiente ci-dessous :\n\n" if p.sex == "F" else
            "Bonjour,\n\nOrdonnance pour le patient ci-dessous :\n\n")
    body += idl + (f"\nAdresse : {addr}" if addr else "") + f"\n\nIndication : {dx}\n\n" + "\n".join("  " + x for x in rx)
    body += f"\n\nMerci,\n{doc.sig('fr')}\n"
    return c.mail(doc, [X["pharmacie"]], r.choice(["Ordonnance – clinique gastro HSAB", "Rx à préparer", "Nouvelle ordonnance"]), body)


# 10 -----------------------------------------------------------------------------------------
def colleague_quick(c):
    r = c.rng
    c.category, c.note = "quick_note", "informal note between colleagues about an inpatient"
    p = c.patient(30, 90)
    c.T("patient_name")
    style = r.choice(["lower", "initial", "lower_rev", "title_sur", "given"])
    who = p.name(style, "fr")
    room = f"{r.randint(3, 6)}{r.randint(10, 40)}"
    sender, dest = r.sample([S["haddad"], S["hebert"], S["proulx"], S["desrochers"], S["okafor"]], 2)
    v = c.occ % 4
    if v == 0:
        txt = (f"salut, peux-tu passer voir {who} à la {room} quand t'as une minute? méléna cette nuit, "
               f"hb {K.hb(r)} ce matin (était 121 hier), sous {r.choice(['xarelto', 'eliquis', 'coumadin'])}. "
               "je pense gastro demain matin au plus tard.\nmerci")
        c.T("diagnosis", "lab_result", "medication")
    elif v == 1:
        txt = (f"Pour info, {who} ({room}) : CPRE faite, calcul extrait, lipase redescendue à {r.choice([180, 240, 95])}. "
               "On peut reprendre l'alimentation. Cholécystectomie à planifier avec la chirurgie.")
        c.T("diagnosis", "lab_result")
    elif v == 2:
        elle = "Elle dit qu'elle" if p.sex == "F" else "Il dit qu'il"
        txt = (f"{who} de la {room} refuse toujours la prépa. {elle} a trop de nausées. "
               "Est-ce qu'on passe au Pico-Salax ou on annule pour demain?")
        c.T("medication")
        if style == "given":
            txt = txt.replace("refuse", "(" + p.surname + ") refuse")
    else:
        txt = (f"Petite question : {who}, ta patiente Crohn, m'appelle au sujet de son Humira. Elle a fait une réaction au site "
               "d'injection et veut savoir si elle prend la dose de vendredi. Je lui dis quoi?")
        c.T("diagnosis", "medication")
    if style == "given" and p.surname not in txt:
        txt = txt.replace(who, f"{who} {p.surname[0]}. (dossier {c.mrn(p)})", 1)
    sig = sender.given if r.random() < 0.6 else f"{sender.given[0]}{sender.surname[0]}"
    subj = r.choice(["", "question", "Chambre " + room, "pt " + room, "petite question", "FYI"])
    return c.mail(sender, [dest], subj or "(sans objet)", txt + "\n\n" + sig + "\n", mode=r.choice(["plain", "plain", "html"]))


# 11 -----------------------------------------------------------------------------------------
def social(c):
    r = c.rng
    c.category, c.note = "social_work", "social-work note about a patient's situation affecting care"
    v = c.occ % 3
    c.T("social_information")
    if v == 2:
        p = c.holder(5, 17)
        idl = c.id_lines(p, with_mrn=True)
        c.T("diagnosis", "medication")
        txt = ("Bonjour Dre Vaillancourt,\n\nSuite à notre rencontre d'équipe, voici où en est le dossier :\n\n" + idl + "\n\n"
               "Jeune suivi(e) pour maladie de Crohn, sous adalimumab (Hadlima). Les doses ne sont pas administrées à domicile "
               "depuis août. Un signalement a été retenu par la DPJ; l'intervenante (secteur Pointe-Verte) souhaite recevoir "
               "un résumé médical. La mère a la garde partielle; le père ne doit pas recevoir d'information sans l'accord de la DPJ.\n\n"
               "Je propose que les injections soient faites à la clinique le temps de l'évaluation.\n\n" + S["santos"].sig("fr"))
        return c.mail(S["santos"], [S["vaillancourt"]], "Suivi DPJ – clinique MII pédiatrique/transition", txt + "\n",
                      cc=[S["lacasse"]])
    p = c.patient(35, 80)
    nm = c.nm(p)
    if v == 0:
        c.T("medication")
        txt = (f"Bonjour Chantal,\n\nJ'ai parlé avec {nm} hier. Elle est hébergée au refuge La Traverse depuis trois semaines "
               "et n'a pas accès à une toilette privée la nuit : la préparation à domicile est impossible. "
               "Je suggère une admission la veille de la coloscopie pour la prépa (PegLyte) — est-ce faisable avec le Dr Desrochers?\n\n"
               "On peut la joindre seulement par le refuge (intervenante de jour).\n\n" + S["santos"].sig("fr"))
        if p.sex == "M":
            txt = txt.replace("Elle est hébergée", "Il est hébergé").replace("la joindre", "le joindre")
        return c.mail(S["santos"], [S["dufresne"]], r.choice(["Préparation – situation d'hébergement", "Patient(e) en refuge – prépa"]),
                      txt + "\n")
    c.T("medication", "diagnosis")
    txt = (f"Bonjour,\n\n{nm} (dossier {c.mrn(p)}) est prestataire de l'aide sociale et n'a pas d'assurance privée. "
           "Le Pico-Salax n'est pas couvert par son régime; elle n'a pas les moyens de payer les 42 $. "
           "Pouvons-nous lui remettre une trousse de l'unité? Coloscopie de surveillance (ATCD adénome avancé).\n\n"
           f"Merci,\n{S['santos'].full}, T.S.\n")
    return c.mail(S["santos"], [S["frechette"], S["doucet"]], "Trousse de préparation – demande d'aide", txt)


# 12 -----------------------------------------------------------------------------------------
def letter_md(c):
    r = c.rng
    c.category, c.note = "consult_letter", "consultation letter to the family physician after colonoscopy"
    p = c.holder(45, 80)
    doc = r.choice([S["desrochers"], S["haddad"], S["hebert"]])
    gp = r.choice([X["kowalski"], X["turcotte"]])
    idl = c.id_lines(p, with_mrn=True)
    i = r.choice([0, 1, 2, 5])
    c.T("diagnosis", "lab_result", "medication")
    blocks = [("p", f"{C.r_date(c.day, 'long_fr')}"), ("p", f"{gp.t('fr')}\n{gp.role_fr}"),
              ("kv", [(ln.split(":")[0] + " :", ln.split(":", 1)[1].strip()) for ln in idl.split("\n")]),
              ("p", "Cher collègue,"),
              ("p", f"J'ai vu votre patient(e) en coloscopie le {C.r_date(c.day - datetime.timedelta(days=21), 'long_fr')} "
                    f"pour un RSOSi positif. Préparation adéquate (Boston 8/9), intubation caecale. "
                    f"Résultat de pathologie : {K.PATHO_FR[i]}."),
              ("p", f"Recommandation : {K.PATHO_FOLLOW_FR[i]}. L'apixaban a été repris le lendemain, sans complication."),
              ("p", "Veuillez agréer, cher collègue, mes salutations distinguées."), ("p", doc.t("fr"))]
    x = A.make_docx("Lettre de consultation – gastro-entérologie", blocks, author=doc.full)
    fn = r.choice([f"Lettre_{p.surname}_{p.given}.docx", "lettre_consultation.docx", f"consult_{c.day:%Y%m%d}.docx"])
    body = (f"Bonjour {gp.t('fr')},\n\nVeuillez trouver ci-jointe ma lettre de consultation. "
            "N'hésitez pas à communiquer avec la clinique pour toute question.\n\n"
            f"{S['charbonneau'].full}\npour {doc.t('fr')}\n{S['charbonneau'].role_fr}\n")
    return c.mail(S["charbonneau"], [gp], r.choice(["Lettre de consultation", "Suivi coloscopie – lettre", "Consultation gastro HSAB"]),
                  body, atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", x)])


# 13 -----------------------------------------------------------------------------------------
def forward_thread(c):
    r = c.rng
    c.category, c.note = "forwarded_thread", "forwarded or replied thread with patient details in the quoted part"
    p = c.patient(40, 85)
    gp = r.choice([X["kowalski"], X["turcotte"]])
    t0 = c.earlier(r.randint(20, 90))
    nm = c.nm(p)
    dd = c.dob(p)
    c.T("diagnosis", "lab_result")
    orig = (f"Bonjour,\n\nJ'aimerais devancer la coloscopie de {nm} (DDN {dd}). "
            f"Elle/il présente maintenant une anémie ferriprive (Hb {K.hb(r)} g/L, ferritine {K.ferritin(r)}) "
            "et une perte de poids de 5 kg. Actuellement en priorité P4.\n\n"
            f"Merci,\n{gp.t('fr')}")
    if r.random() < 0.5:
        c.T("medication")
        orig = orig.replace("Actuellement", "Fer IV (Monoferric) prévu au CLSC. Actuellement")
    if r.random() < 0.5:
        top = f"Josiane, peux-tu voir avec le Dr {S['desrochers'].surname} pour la remonter en P2? Merci.\n\nLucie\n\n"
        body = top + fwd_fr(t0, f"{gp.full} <{gp.email}>", f"{S['archambault'].full} <{S['archambault'].email}>",
                            "Devancer coloscopie", orig) + "\n"
        return c.mail(S["archambault"], [S["frechette"]], "TR: Devancer coloscopie", body)
    top = (f"Bonjour Dr {gp.surname},\n\nC'est noté, la demande est remontée en priorité P2; "
           f"la patiente sera appelée d'ici 2 semaines.\n\n{S['picard'].full}\n{S['picard'].role_fr}\n\n")
    body = top + said_fr(t0, gp.full, gp.email) + "\n" + quote(orig) + "\n"
    return c.mail(S["picard"], [gp], "RE: Devancer coloscopie", body, reply_to_id=f"<{c.idx}.orig@gmf.example>")


# 14 -----------------------------------------------------------------------------------------
def nir_patient(c):
    r = c.rng
    c.category, c.note = "hepatology", "hepatology follow-up of a patient insured in France"
    p = c.patient(20, 45)
    nm = c.nm(p, full=True)
    nir = c.nir(p)
    dd = c.dob(p)
    c.T("diagnosis", "lab_result", "medication")
    dna = r.choice(["2,1 x 10^4", "3 800", "< 20 (indétectable)", "1,6 x 10^5"])
    txt = (f"Bonjour,\n\nNous suivons à la clinique d'hépatologie {nm}, né(e) le {dd}, étudiant(e) en échange, "
           f"assuré(e) auprès de l'Assurance Maladie française (NIR {nir}).\n\n"
           f"Diagnostic : hépatite B chronique, HBeAg négatif. ADN VHB : {dna} UI/mL; ALT {r.choice([38, 54, 71, 96])} U/L.\n"
           f"Traitement : ténofovir alafénamide (Vemlidy) 25 mg DIE depuis {r.choice(['mars', 'juin', 'septembre'])}.\n\n"
           "Pourriez-vous nous confirmer la prise en charge des frais (consultation + FibroScan) selon l'entente de sécurité sociale "
           "France-Québec? Le formulaire SE 401-Q-104 est joint à la demande papier.\n\n"
           f"Cordialement,\n\n{S['mensah'].sig('fr')}\n")
    to = ("Bureau des ententes internationales", "ententes@cpam-international.example")
    return c.mail(S["mensah"], [to], r.choice(["Prise en charge – patient(e) assuré(e) en France", "Demande de confirmation de couverture"]),
                  txt, cc=[S["chen"]])
