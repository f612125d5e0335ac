--
-- PostgreSQL database dump
--

\restrict VUxOEaxqi4qQf4eyunvIu6nd1vv7DjoXRDDxlbhYfhLMnVfaAFmBPEcrDHMed80

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: cell; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cell (
    id integer NOT NULL,
    key character varying(32) NOT NULL,
    kind character varying(16) NOT NULL,
    runner character varying(100) NOT NULL,
    content text NOT NULL,
    state character varying(16) NOT NULL,
    lease_owner character varying(200),
    lease_expires double precision,
    attempts integer NOT NULL,
    last_error text,
    traceback text,
    created_at double precision NOT NULL,
    started_at double precision,
    finished_at double precision,
    provenance_id integer
);


--
-- Name: cell_dependency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cell_dependency (
    child_id integer NOT NULL,
    parent_id integer NOT NULL
);


--
-- Name: cell_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cell_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cell_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cell_id_seq OWNED BY public.cell.id;


--
-- Name: evaluation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation (
    id integer NOT NULL,
    cell_id integer,
    representation_id integer NOT NULL,
    metric character varying(100) NOT NULL,
    profile character varying(40),
    eval_seed integer,
    provenance_id integer
);


--
-- Name: evaluation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.evaluation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.evaluation_id_seq OWNED BY public.evaluation.id;


--
-- Name: expdb_schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.expdb_schema_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: hyperparameter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hyperparameter (
    id integer NOT NULL,
    model_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision NOT NULL
);


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.hyperparameter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.hyperparameter_id_seq OWNED BY public.hyperparameter.id;


--
-- Name: model; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model (
    id integer NOT NULL,
    cell_id integer,
    source character varying(40) NOT NULL,
    external_id character varying(100),
    dataset character varying(100) NOT NULL,
    method character varying(100) NOT NULL,
    seed integer NOT NULL,
    model_num integer,
    runner character varying(100) NOT NULL,
    steps integer,
    batch_size integer,
    learning_rate double precision,
    latent_dim integer,
    resolution integer,
    data_source character varying(100),
    reconstruction_loss double precision,
    kl_loss double precision,
    elbo double precision,
    regularizer double precision,
    loss double precision,
    provenance_id integer
);


--
-- Name: model_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_id_seq OWNED BY public.model.id;


--
-- Name: model_setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_setting (
    id integer NOT NULL,
    model_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value_number double precision,
    value_text character varying(200)
);


--
-- Name: model_setting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.model_setting_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: model_setting_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.model_setting_id_seq OWNED BY public.model_setting.id;


--
-- Name: provenance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provenance (
    id integer NOT NULL,
    expdb_version character varying(40) NOT NULL,
    git_commit character varying(40),
    python_version character varying(40) NOT NULL,
    numpy_version character varying(40),
    torch_version character varying(40),
    sklearn_version character varying(40),
    device character varying(80) NOT NULL,
    host character varying(200) NOT NULL,
    worker character varying(200) NOT NULL,
    started_at double precision NOT NULL,
    finished_at double precision NOT NULL,
    gang_id character varying(32),
    gang_size integer
);


--
-- Name: provenance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.provenance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: provenance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.provenance_id_seq OWNED BY public.provenance.id;


--
-- Name: representation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.representation (
    id integer NOT NULL,
    cell_id integer,
    model_id integer NOT NULL,
    kind character varying(20) NOT NULL,
    store_path character varying(300),
    n_points integer,
    n_dims integer,
    dtype character varying(20),
    checksum character varying(64),
    provenance_id integer
);


--
-- Name: representation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.representation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: representation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.representation_id_seq OWNED BY public.representation.id;


--
-- Name: score; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.score (
    id integer NOT NULL,
    evaluation_id integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision
);


--
-- Name: score_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.score_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: score_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.score_id_seq OWNED BY public.score.id;


--
-- Name: study; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    description text NOT NULL,
    spec_sha256 character varying(64) NOT NULL,
    spec_text text NOT NULL,
    created_at double precision NOT NULL,
    updated_at double precision NOT NULL
);


--
-- Name: study_cell; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.study_cell (
    study_id integer NOT NULL,
    cell_id integer NOT NULL
);


--
-- Name: study_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.study_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: study_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.study_id_seq OWNED BY public.study.id;


--
-- Name: tensor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tensor (
    id integer NOT NULL,
    cell_id integer NOT NULL,
    name character varying(100) NOT NULL,
    path character varying(300) NOT NULL,
    shape character varying(100) NOT NULL,
    dtype character varying(20) NOT NULL,
    nbytes integer NOT NULL,
    checksum character varying(64) NOT NULL
);


--
-- Name: tensor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tensor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tensor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tensor_id_seq OWNED BY public.tensor.id;


--
-- Name: training_curve; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_curve (
    id integer NOT NULL,
    model_id integer NOT NULL,
    step integer NOT NULL,
    name character varying(100) NOT NULL,
    value double precision NOT NULL
);


--
-- Name: training_curve_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.training_curve_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: training_curve_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.training_curve_id_seq OWNED BY public.training_curve.id;


--
-- Name: cell id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell ALTER COLUMN id SET DEFAULT nextval('public.cell_id_seq'::regclass);


--
-- Name: evaluation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation ALTER COLUMN id SET DEFAULT nextval('public.evaluation_id_seq'::regclass);


--
-- Name: hyperparameter id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter ALTER COLUMN id SET DEFAULT nextval('public.hyperparameter_id_seq'::regclass);


--
-- Name: model id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model ALTER COLUMN id SET DEFAULT nextval('public.model_id_seq'::regclass);


--
-- Name: model_setting id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting ALTER COLUMN id SET DEFAULT nextval('public.model_setting_id_seq'::regclass);


--
-- Name: provenance id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provenance ALTER COLUMN id SET DEFAULT nextval('public.provenance_id_seq'::regclass);


--
-- Name: representation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation ALTER COLUMN id SET DEFAULT nextval('public.representation_id_seq'::regclass);


--
-- Name: score id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score ALTER COLUMN id SET DEFAULT nextval('public.score_id_seq'::regclass);


--
-- Name: study id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study ALTER COLUMN id SET DEFAULT nextval('public.study_id_seq'::regclass);


--
-- Name: tensor id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor ALTER COLUMN id SET DEFAULT nextval('public.tensor_id_seq'::regclass);


--
-- Name: training_curve id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve ALTER COLUMN id SET DEFAULT nextval('public.training_curve_id_seq'::regclass);


--
-- Data for Name: cell; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cell (id, key, kind, runner, content, state, lease_owner, lease_expires, attempts, last_error, traceback, created_at, started_at, finished_at, provenance_id) FROM stdin;
2	33c32cf3455ab523c7587529e4af12f3	train	toy-train	{"dataset":"a","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.329602	1795877335.367856	2
3	0d7d89e6263afd1fb3c798b235b25dff	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.378269	1795877335.419401	3
4	d8b685f9d1d930b32a9710b3f0572b6e	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.431428	1795877335.470712	4
6	87cc8a3368cbfdd0f8b85181233b20b0	train	toy-train	{"dataset":"a","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.537799	1795877335.574257	6
7	cd21685e4b0c3f2c7ef0b1418d8e2e71	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.585027	1795877335.620031	7
8	854a96913fa5191ac51d5a7d4d9b069f	train	toy-train	{"dataset":"a","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.630383	1795877335.665834	8
9	bd32817752d83a1e5952abd84853c762	train	toy-train	{"dataset":"b","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.676174	1795877335.709843	9
10	f94b941493063104c57956b694d08711	train	toy-train	{"dataset":"b","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.720183	1795877335.755123	10
11	8ea82c78d6ff8630ff58175e09d96414	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.76593	1795877335.802111	11
12	e74da55aa03350b59d91bed2cf6191a8	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.812141	1795877335.848138	12
13	ce1228ecabd549823b6a0f1a173bc6ee	train	toy-train	{"dataset":"b","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.858363	1795877335.892757	13
15	916647d1aca7f9c2ae8bfe7645371d78	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":10},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.946698	1795877335.982083	15
16	f8043e0633b9ae0f86cd0f339251ae99	train	toy-train	{"dataset":"b","hyperparameters":{"gamma":20},"kind":"train","method":"m2","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.992623	1795877336.024636	16
17	b61d28b93a58c075fe5b8e389d46ceda	represent	toy-represent	{"kind":"represent","parent":"911a56f44ce11c1684718822a0cf34b0","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.035476	1795877336.069081	17
18	742249f6afda4fa3fca41cd6647fda8a	represent	toy-represent	{"kind":"represent","parent":"911a56f44ce11c1684718822a0cf34b0","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.080157	1795877336.112471	18
19	79d9e22be61d38b69893c3472f257941	represent	toy-represent	{"kind":"represent","parent":"33c32cf3455ab523c7587529e4af12f3","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.120775	1795877336.148728	19
20	67cb74ac75d2f1e5679e9f5aabcd2936	represent	toy-represent	{"kind":"represent","parent":"33c32cf3455ab523c7587529e4af12f3","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.158887	1795877336.187708	20
21	7ba02c3ae3444706634ef6275ae027a7	represent	toy-represent	{"kind":"represent","parent":"0d7d89e6263afd1fb3c798b235b25dff","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.196914	1795877336.222486	21
22	4546c205d72ffd9e94bffea0aa8afed9	represent	toy-represent	{"kind":"represent","parent":"0d7d89e6263afd1fb3c798b235b25dff","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.232904	1795877336.268234	22
24	f9c574bd356df21ce4cc2e11d89b5a1b	represent	toy-represent	{"kind":"represent","parent":"d8b685f9d1d930b32a9710b3f0572b6e","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.322265	1795877336.357447	24
25	43ff91866866c1751c83b5c6bc7ea319	represent	toy-represent	{"kind":"represent","parent":"eb81582a0852f946bd0a517d36fb9328","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.368627	1795877336.404308	25
26	e9392c2879ec49695c33ccb5b8ebc21e	represent	toy-represent	{"kind":"represent","parent":"eb81582a0852f946bd0a517d36fb9328","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.415524	1795877336.449807	26
27	f4e06ba28cdc97d283234dbfcf4c0e91	represent	toy-represent	{"kind":"represent","parent":"87cc8a3368cbfdd0f8b85181233b20b0","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.458619	1795877336.491269	27
28	0e76b617b6716316763f84e755dccada	represent	toy-represent	{"kind":"represent","parent":"87cc8a3368cbfdd0f8b85181233b20b0","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.502757	1795877336.536702	28
29	01bccbbceeeae9218c7b010046da63fd	represent	toy-represent	{"kind":"represent","parent":"cd21685e4b0c3f2c7ef0b1418d8e2e71","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.548727	1795877336.58798	29
30	7f0d1372187b2f3f378be90d81240887	represent	toy-represent	{"kind":"represent","parent":"cd21685e4b0c3f2c7ef0b1418d8e2e71","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.598348	1795877336.634788	30
32	959e952a5f9f0499183496408facb4b7	represent	toy-represent	{"kind":"represent","parent":"854a96913fa5191ac51d5a7d4d9b069f","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.68611	1795877336.715952	32
34	1fb40101559aaa8601a481f48291da6b	represent	toy-represent	{"kind":"represent","parent":"bd32817752d83a1e5952abd84853c762","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.78255	1795877336.824622	34
35	0d9ea96352d954868b3f8cd470fb3474	represent	toy-represent	{"kind":"represent","parent":"f94b941493063104c57956b694d08711","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.836919	1795877336.874169	35
36	e0bac8bd1a6f7152b76bc6a1b502d6b4	represent	toy-represent	{"kind":"represent","parent":"f94b941493063104c57956b694d08711","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.887843	1795877336.926697	36
37	f31c3b64fd31a8a324afb93ba3772b00	represent	toy-represent	{"kind":"represent","parent":"8ea82c78d6ff8630ff58175e09d96414","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.938642	1795877336.97737	37
38	47059e6085a06230fd137d52f024996f	represent	toy-represent	{"kind":"represent","parent":"8ea82c78d6ff8630ff58175e09d96414","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.988848	1795877337.027435	38
39	1f30de7e7f0a66cb58a636f70a90b57c	represent	toy-represent	{"kind":"represent","parent":"e74da55aa03350b59d91bed2cf6191a8","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.038203	1795877337.076372	39
40	9fec8ed8d2f4397fd413a959d12adbaf	represent	toy-represent	{"kind":"represent","parent":"e74da55aa03350b59d91bed2cf6191a8","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.089795	1795877337.131815	40
41	5c160e32971194d317d74f2698cc1db4	represent	toy-represent	{"kind":"represent","parent":"ce1228ecabd549823b6a0f1a173bc6ee","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.143942	1795877337.181385	41
42	0e7ef60fb6887e8c932da0b30fca6da2	represent	toy-represent	{"kind":"represent","parent":"ce1228ecabd549823b6a0f1a173bc6ee","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.192018	1795877337.235399	42
44	bb0c2943b46359b306a6f40aacaeb358	represent	toy-represent	{"kind":"represent","parent":"3134498c9eae9a87cbd770cde3ecec23","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.29794	1795877337.336906	44
45	577a216bbf705d70b94833d5f5750c2f	represent	toy-represent	{"kind":"represent","parent":"916647d1aca7f9c2ae8bfe7645371d78","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.347657	1795877337.380084	45
46	c7be26c838d76b83ac5292736a999f03	represent	toy-represent	{"kind":"represent","parent":"916647d1aca7f9c2ae8bfe7645371d78","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.39075	1795877337.431211	46
47	a4db8e6217d2e9cea08a29c263a274f7	represent	toy-represent	{"kind":"represent","parent":"f8043e0633b9ae0f86cd0f339251ae99","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.442431	1795877337.484548	47
48	1aab559cea29d9f0a859b3482492f3d4	represent	toy-represent	{"kind":"represent","parent":"f8043e0633b9ae0f86cd0f339251ae99","representation":"sampled","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.497614	1795877337.535503	48
49	ad392f7029e83838c7023f017ce8e942	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"b61d28b93a58c075fe5b8e389d46ceda","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.546351	1795877337.560817	49
50	f9d05ea21ee7855e498b95241c08d41c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"b61d28b93a58c075fe5b8e389d46ceda","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.574885	1795877337.590752	50
51	559f60c3e26beb31f5aa68d01d916673	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"742249f6afda4fa3fca41cd6647fda8a","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.60095	1795877337.616293	51
52	a8c74b8806d34235610639ce833601c2	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"742249f6afda4fa3fca41cd6647fda8a","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.625785	1795877337.639595	52
53	455f04557a3df1ae559f74cd6abf02ac	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"79d9e22be61d38b69893c3472f257941","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.649508	1795877337.664434	53
55	b654aa2ffdff6ef3c067d68034843aad	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"67cb74ac75d2f1e5679e9f5aabcd2936","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.696527	1795877337.715805	55
56	7a5c1bfc2b42f9772ac20a71e402e990	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"67cb74ac75d2f1e5679e9f5aabcd2936","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.727839	1795877337.741505	56
57	b50e73c5f9c4ac01b4106b1af22c723d	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"7ba02c3ae3444706634ef6275ae027a7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.749924	1795877337.762963	57
58	8a6f5ca6d96c867f60b80785fd61ff02	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"7ba02c3ae3444706634ef6275ae027a7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.772546	1795877337.789359	58
59	dc608b46838484841f5b26b73f07b830	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"4546c205d72ffd9e94bffea0aa8afed9","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.797291	1795877337.815448	59
60	13c24713ec2c1c5f9cc3ef9fc4e6ef46	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"4546c205d72ffd9e94bffea0aa8afed9","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.824951	1795877337.836168	60
62	8357e4c21a5d00104bf7d27cb0743500	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"88409b81e60a64194add798ede601211","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.869661	1795877337.885681	62
63	528dd86c3c5775e21583bb5f3c0daa64	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f9c574bd356df21ce4cc2e11d89b5a1b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.89591	1795877337.91253	63
65	2979629ca9db69cba1b02cf80aab90fc	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"43ff91866866c1751c83b5c6bc7ea319","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.032019	1795877338.046823	65
66	ba53022766cd34e2f9c536263831644f	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"43ff91866866c1751c83b5c6bc7ea319","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.054357	1795877338.067665	66
67	ea7581caf2453af84964ddf0784d3eed	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"e9392c2879ec49695c33ccb5b8ebc21e","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.077504	1795877338.094587	67
68	26607d18d0d20fd53c2c2512625a3ff9	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"e9392c2879ec49695c33ccb5b8ebc21e","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.104632	1795877338.120997	68
69	bee5c8b638454140a7f4ae66ddb7c08c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f4e06ba28cdc97d283234dbfcf4c0e91","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.131386	1795877338.148923	69
70	f2cd87fef876319ec5ccf231634cc3b5	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f4e06ba28cdc97d283234dbfcf4c0e91","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.158961	1795877338.175357	70
71	9f30995354fa9574732afb126f6a25cc	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0e76b617b6716316763f84e755dccada","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.185727	1795877338.203309	71
72	c5837d303b9d8712289ab888ebe91105	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0e76b617b6716316763f84e755dccada","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.213024	1795877338.228478	72
74	d98a611142af0dfdadaf3ebc5c4795b4	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"01bccbbceeeae9218c7b010046da63fd","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.265794	1795877338.282158	74
75	57bb96146ef51f098800dde0ad5acf2b	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"7f0d1372187b2f3f378be90d81240887","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.292541	1795877338.309552	75
76	7d27a307df34174a730320873a06aae0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"7f0d1372187b2f3f378be90d81240887","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.320252	1795877338.337086	76
77	283886cd7d5fc7736dab9b47a132c616	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"2c239de0d3e9f05a703d9c5e644ef991","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.347697	1795877338.364221	77
78	fc71f4b92ec2b3aa4760631b2d2e4afa	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"2c239de0d3e9f05a703d9c5e644ef991","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.374784	1795877338.391884	78
79	7fda1f1579515f430de472a5810b1f55	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"959e952a5f9f0499183496408facb4b7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.403091	1795877338.421696	79
80	6c4df38cb5ecf91aa9ac7e5f8a75ab93	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"959e952a5f9f0499183496408facb4b7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.43216	1795877338.448654	80
81	68c7b04e124230c9e587dcdb6fbc8d4c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"36d281fa838955079de7a09053745f41","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.457111	1795877338.473444	81
83	9ec963b0c24a649e3582bf3abb06b077	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1fb40101559aaa8601a481f48291da6b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.508825	1795877338.525767	83
84	be5569d38025b1183e781529672851ae	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1fb40101559aaa8601a481f48291da6b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.536868	1795877338.555619	84
85	ee965c17fe13a4149a9bc05feb256600	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0d9ea96352d954868b3f8cd470fb3474","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.566914	1795877338.584447	85
86	3d1ac4ffc0bc8a18701cccc225906197	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0d9ea96352d954868b3f8cd470fb3474","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.594889	1795877338.611969	86
87	a94b5d47db3b7d8bafd469ce85719b60	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"e0bac8bd1a6f7152b76bc6a1b502d6b4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.622713	1795877338.636204	87
88	429c8282d68980a17cae2d6b1a8d3bad	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"e0bac8bd1a6f7152b76bc6a1b502d6b4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.646271	1795877338.662831	88
89	60d578d7208f120806978d57530d32a0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"f31c3b64fd31a8a324afb93ba3772b00","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.672844	1795877338.688782	89
90	f75c07ed760248a991af5228167be3aa	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f31c3b64fd31a8a324afb93ba3772b00","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.69808	1795877338.713176	90
1	911a56f44ce11c1684718822a0cf34b0	train	toy-train	{"dataset":"a","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":0,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.241656	1795877335.30794	1
5	eb81582a0852f946bd0a517d36fb9328	train	toy-train	{"dataset":"a","hyperparameters":{"beta":1},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.483764	1795877335.524905	5
14	3134498c9eae9a87cbd770cde3ecec23	train	toy-train	{"dataset":"b","hyperparameters":{"beta":2},"kind":"train","method":"m1","runner":"toy-train","seed":1,"settings":{"latent_dim":3,"steps":2}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877335.902716	1795877335.936345	14
23	88409b81e60a64194add798ede601211	represent	toy-represent	{"kind":"represent","parent":"d8b685f9d1d930b32a9710b3f0572b6e","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.278072	1795877336.311132	23
31	2c239de0d3e9f05a703d9c5e644ef991	represent	toy-represent	{"kind":"represent","parent":"854a96913fa5191ac51d5a7d4d9b069f","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.645225	1795877336.67606	31
33	36d281fa838955079de7a09053745f41	represent	toy-represent	{"kind":"represent","parent":"bd32817752d83a1e5952abd84853c762","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877336.726865	1795877336.76871	33
43	1f04fb0b2cd8498fbd4ba7141c1aed49	represent	toy-represent	{"kind":"represent","parent":"3134498c9eae9a87cbd770cde3ecec23","representation":"mean","runner":"toy-represent","settings":{"points":50,"seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.246246	1795877337.283713	43
54	5459d491c5e2218c5c8ffd1b9b08e4a6	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"79d9e22be61d38b69893c3472f257941","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.672595	1795877337.686668	54
92	2ab3b2c28d4a4ef4799846346cea34b1	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"47059e6085a06230fd137d52f024996f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.748332	1795877338.7657	92
93	73895958528d74b30c8095fc3292b79d	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1f30de7e7f0a66cb58a636f70a90b57c","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.777099	1795877338.790749	93
95	043d0d38716ff1a8343af71850f34f64	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"9fec8ed8d2f4397fd413a959d12adbaf","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.821546	1795877338.835519	95
96	9d95e3eb6db147b34288dcb6f31cb097	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"9fec8ed8d2f4397fd413a959d12adbaf","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.843791	1795877338.860723	96
97	2c93b320dafc5fc194305816fa7ce1a3	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"5c160e32971194d317d74f2698cc1db4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.869916	1795877338.884828	97
98	37f11ea51415f461862f4a3847af01d0	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"5c160e32971194d317d74f2698cc1db4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.893596	1795877338.909465	98
99	cadc7bde462ccc68918e744bec68d324	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"0e7ef60fb6887e8c932da0b30fca6da2","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.919229	1795877338.936002	99
100	0fdbb528857b9fb3d0b88c247a3a819a	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"0e7ef60fb6887e8c932da0b30fca6da2","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.947366	1795877338.962286	100
101	172e3478ef3db719acb9b79143ce8c46	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1f04fb0b2cd8498fbd4ba7141c1aed49","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.971627	1795877338.987448	101
102	8bf1980f1b5ba4314553d6037229049c	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1f04fb0b2cd8498fbd4ba7141c1aed49","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.997298	1795877339.012902	102
104	78a0c35933860672bac5b415703ec45d	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"bb0c2943b46359b306a6f40aacaeb358","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.048618	1795877339.064218	104
105	072d2ecae664f7e8565b65336b7f5f98	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"577a216bbf705d70b94833d5f5750c2f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.074435	1795877339.090158	105
106	92a0636dd7161fa9d5dba0e7eb456585	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"577a216bbf705d70b94833d5f5750c2f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.099767	1795877339.116753	106
107	47e2b37a7cf1517c3e2984a72fe9f9d5	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"c7be26c838d76b83ac5292736a999f03","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.125916	1795877339.140851	107
108	d295091a6ca57638632bacb774b93a9e	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"c7be26c838d76b83ac5292736a999f03","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.149471	1795877339.165475	108
109	ed01587fab8a2cbd97b7f2de40dd9b20	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"a4db8e6217d2e9cea08a29c263a274f7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.174364	1795877339.190974	109
110	edf78faa45e15f46073ec512d0415194	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"a4db8e6217d2e9cea08a29c263a274f7","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.200861	1795877339.215426	110
111	7683318c925e14449a7a8da9ee8e8e52	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"1aab559cea29d9f0a859b3482492f3d4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.225786	1795877339.240576	111
61	521f88bc9a15779829066fdc59adc714	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"88409b81e60a64194add798ede601211","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877337.844235	1795877337.8586	61
64	27c68f35fd8044752d26af0096829042	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"f9c574bd356df21ce4cc2e11d89b5a1b","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.00667	1795877338.023282	64
73	4c3aff227c8035e493cae931f658baf3	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"01bccbbceeeae9218c7b010046da63fd","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.239161	1795877338.255982	73
82	5786b8006ded52b06bee5764c699eff2	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"36d281fa838955079de7a09053745f41","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.483347	1795877338.498238	82
91	70dd6acfbf3971acc337a20bf6b84663	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"47059e6085a06230fd137d52f024996f","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.721823	1795877338.736884	91
94	ddcf8dbee3cabf779b1644c166e41805	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1f30de7e7f0a66cb58a636f70a90b57c","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877338.8001	1795877338.813032	94
103	a25fa2429d2580ce3d8a89ac1b559423	evaluate	toy-evaluate	{"kind":"evaluate","metric":"x","parent":"bb0c2943b46359b306a6f40aacaeb358","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.022191	1795877339.038314	103
112	682ad15dc6e4d16e4b932d9bb2f5c120	evaluate	toy-evaluate	{"kind":"evaluate","metric":"y","parent":"1aab559cea29d9f0a859b3482492f3d4","runner":"toy-evaluate","settings":{"profile":"fast","seed":0}}	done	\N	\N	1	\N	\N	1795877335.1722822	1795877339.249886	1795877339.268119	112
\.


--
-- Data for Name: cell_dependency; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cell_dependency (child_id, parent_id) FROM stdin;
17	1
18	1
19	2
20	2
21	3
22	3
23	4
24	4
25	5
26	5
27	6
28	6
29	7
30	7
31	8
32	8
33	9
34	9
35	10
36	10
37	11
38	11
39	12
40	12
41	13
42	13
43	14
44	14
45	15
46	15
47	16
48	16
49	17
50	17
51	18
52	18
53	19
54	19
55	20
56	20
57	21
58	21
59	22
60	22
61	23
62	23
63	24
64	24
65	25
66	25
67	26
68	26
69	27
70	27
71	28
72	28
73	29
74	29
75	30
76	30
77	31
78	31
79	32
80	32
81	33
82	33
83	34
84	34
85	35
86	35
87	36
88	36
89	37
90	37
91	38
92	38
93	39
94	39
95	40
96	40
97	41
98	41
99	42
100	42
101	43
102	43
103	44
104	44
105	45
106	45
107	46
108	46
109	47
110	47
111	48
112	48
\.


--
-- Data for Name: evaluation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation (id, cell_id, representation_id, metric, profile, eval_seed, provenance_id) FROM stdin;
1	49	1	x	fast	0	49
2	50	1	y	fast	0	50
3	51	2	x	fast	0	51
4	52	2	y	fast	0	52
5	53	3	x	fast	0	53
6	54	3	y	fast	0	54
7	55	4	x	fast	0	55
8	56	4	y	fast	0	56
9	57	5	x	fast	0	57
10	58	5	y	fast	0	58
11	59	6	x	fast	0	59
12	60	6	y	fast	0	60
13	61	7	x	fast	0	61
14	62	7	y	fast	0	62
15	63	8	x	fast	0	63
16	64	8	y	fast	0	64
17	65	9	x	fast	0	65
18	66	9	y	fast	0	66
19	67	10	x	fast	0	67
20	68	10	y	fast	0	68
21	69	11	x	fast	0	69
22	70	11	y	fast	0	70
23	71	12	x	fast	0	71
24	72	12	y	fast	0	72
25	73	13	x	fast	0	73
26	74	13	y	fast	0	74
27	75	14	x	fast	0	75
28	76	14	y	fast	0	76
29	77	15	x	fast	0	77
30	78	15	y	fast	0	78
31	79	16	x	fast	0	79
32	80	16	y	fast	0	80
33	81	17	x	fast	0	81
34	82	17	y	fast	0	82
35	83	18	x	fast	0	83
36	84	18	y	fast	0	84
37	85	19	x	fast	0	85
38	86	19	y	fast	0	86
39	87	20	x	fast	0	87
40	88	20	y	fast	0	88
41	89	21	x	fast	0	89
42	90	21	y	fast	0	90
43	91	22	x	fast	0	91
44	92	22	y	fast	0	92
45	93	23	x	fast	0	93
46	94	23	y	fast	0	94
47	95	24	x	fast	0	95
48	96	24	y	fast	0	96
49	97	25	x	fast	0	97
50	98	25	y	fast	0	98
51	99	26	x	fast	0	99
52	100	26	y	fast	0	100
53	101	27	x	fast	0	101
54	102	27	y	fast	0	102
55	103	28	x	fast	0	103
56	104	28	y	fast	0	104
57	105	29	x	fast	0	105
58	106	29	y	fast	0	106
59	107	30	x	fast	0	107
60	108	30	y	fast	0	108
61	109	31	x	fast	0	109
62	110	31	y	fast	0	110
63	111	32	x	fast	0	111
64	112	32	y	fast	0	112
\.


--
-- Data for Name: expdb_schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.expdb_schema_version (version_num) FROM stdin;
0003
\.


--
-- Data for Name: hyperparameter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hyperparameter (id, model_id, name, value) FROM stdin;
1	1	beta	1
2	2	beta	2
3	3	gamma	10
4	4	gamma	20
5	5	beta	1
6	6	beta	2
7	7	gamma	10
8	8	gamma	20
9	9	beta	1
10	10	beta	2
11	11	gamma	10
12	12	gamma	20
13	13	beta	1
14	14	beta	2
15	15	gamma	10
16	16	gamma	20
\.


--
-- Data for Name: model; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model (id, cell_id, source, external_id, dataset, method, seed, model_num, runner, steps, batch_size, learning_rate, latent_dim, resolution, data_source, reconstruction_loss, kl_loss, elbo, regularizer, loss, provenance_id) FROM stdin;
1	1	expdb	\N	a	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	1.1001321956144232	0.5500660978072116	-2.2002643912288464	0.5500660978072116	2.2002643912288464	1
2	2	expdb	\N	a	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	0.8738354373017845	0.43691771865089224	-1.747670874603569	0.43691771865089224	1.747670874603569	2
3	3	expdb	\N	a	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	0.4618843426643042	0.2309421713321521	-0.9237686853286085	0.2309421713321521	0.9237686853286085	3
4	4	expdb	\N	a	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	1.3633290630724795	0.6816645315362397	-2.726658126144959	0.6816645315362397	2.726658126144959	4
5	5	expdb	\N	a	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	1.900986323555797	0.9504931617778986	-3.801972647111594	0.9504931617778986	3.801972647111594	5
6	6	expdb	\N	a	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	2.0374109320653977	1.0187054660326988	-4.074821864130795	1.0187054660326988	4.074821864130795	6
7	7	expdb	\N	a	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	2.089385453106549	1.0446927265532746	-4.178770906213098	1.0446927265532746	4.178770906213098	7
8	8	expdb	\N	a	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	1.8675138924331502	0.9337569462165751	-3.7350277848663005	0.9337569462165751	3.7350277848663005	8
9	9	expdb	\N	b	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	0.8477857467222526	0.4238928733611263	-1.6955714934445052	0.4238928733611263	1.6955714934445052	9
10	10	expdb	\N	b	m1	0	\N	toy-train	2	\N	\N	3	\N	\N	1.913462382553301	0.9567311912766505	-3.826924765106602	0.9567311912766505	3.826924765106602	10
11	11	expdb	\N	b	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	2.7532747585812505	1.3766373792906252	-5.506549517162501	1.3766373792906252	5.506549517162501	11
12	12	expdb	\N	b	m2	0	\N	toy-train	2	\N	\N	3	\N	\N	1.6584504746786268	0.8292252373393134	-3.3169009493572537	0.8292252373393134	3.3169009493572537	12
13	13	expdb	\N	b	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	0.8198694420594757	0.4099347210297378	-1.6397388841189513	0.4099347210297378	1.6397388841189513	13
14	14	expdb	\N	b	m1	1	\N	toy-train	2	\N	\N	3	\N	\N	1.7725799881574256	0.8862899940787128	-3.545159976314851	0.8862899940787128	3.545159976314851	14
15	15	expdb	\N	b	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	0.847778200789124	0.423889100394562	-1.695556401578248	0.423889100394562	1.695556401578248	15
16	16	expdb	\N	b	m2	1	\N	toy-train	2	\N	\N	3	\N	\N	2.343267950323284	1.171633975161642	-4.686535900646568	1.171633975161642	4.686535900646568	16
\.


--
-- Data for Name: model_setting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.model_setting (id, model_id, name, value_number, value_text) FROM stdin;
1	1	latent_dim	3	\N
2	1	steps	2	\N
3	2	latent_dim	3	\N
4	2	steps	2	\N
5	3	latent_dim	3	\N
6	3	steps	2	\N
7	4	latent_dim	3	\N
8	4	steps	2	\N
9	5	latent_dim	3	\N
10	5	steps	2	\N
11	6	latent_dim	3	\N
12	6	steps	2	\N
13	7	latent_dim	3	\N
14	7	steps	2	\N
15	8	latent_dim	3	\N
16	8	steps	2	\N
17	9	latent_dim	3	\N
18	9	steps	2	\N
19	10	latent_dim	3	\N
20	10	steps	2	\N
21	11	latent_dim	3	\N
22	11	steps	2	\N
23	12	latent_dim	3	\N
24	12	steps	2	\N
25	13	latent_dim	3	\N
26	13	steps	2	\N
27	14	latent_dim	3	\N
28	14	steps	2	\N
29	15	latent_dim	3	\N
30	15	steps	2	\N
31	16	latent_dim	3	\N
32	16	steps	2	\N
\.


--
-- Data for Name: provenance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provenance (id, expdb_version, git_commit, python_version, numpy_version, torch_version, sklearn_version, device, host, worker, started_at, finished_at, gang_id, gang_size) FROM stdin;
1	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.2431016	1795877335.295309	\N	\N
2	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.3305979	1795877335.3653677	\N	\N
3	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.378988	1795877335.4164882	\N	\N
4	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.4322062	1795877335.4674299	\N	\N
5	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.4850447	1795877335.5222454	\N	\N
6	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.5385861	1795877335.5715024	\N	\N
7	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.585754	1795877335.6173525	\N	\N
8	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.6311197	1795877335.6630254	\N	\N
9	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.6769261	1795877335.707253	\N	\N
10	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.721029	1795877335.752241	\N	\N
11	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.7667232	1795877335.7993546	\N	\N
12	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.812892	1795877335.8454792	\N	\N
13	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.859081	1795877335.8902283	\N	\N
14	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.9034634	1795877335.9337091	\N	\N
15	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.9474494	1795877335.9792106	\N	\N
16	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877335.993339	1795877336.0217683	\N	\N
17	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.0362713	1795877336.0669115	\N	\N
18	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.0807753	1795877336.1100848	\N	\N
19	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.1216915	1795877336.1461024	\N	\N
20	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.1601126	1795877336.18523	\N	\N
21	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.1976328	1795877336.2202272	\N	\N
22	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.2337632	1795877336.265138	\N	\N
23	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.279052	1795877336.308116	\N	\N
24	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.3233268	1795877336.3545227	\N	\N
25	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.3695035	1795877336.4011893	\N	\N
26	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.4165041	1795877336.4473362	\N	\N
27	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.4593346	1795877336.4881952	\N	\N
28	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.5042632	1795877336.5334597	\N	\N
29	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.5500822	1795877336.584926	\N	\N
30	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.5991979	1795877336.6321607	\N	\N
31	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.646642	1795877336.6728475	\N	\N
32	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.686908	1795877336.7134461	\N	\N
33	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.7280207	1795877336.7649863	\N	\N
34	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.7837937	1795877336.821454	\N	\N
35	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.83809	1795877336.8707514	\N	\N
36	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.8887699	1795877336.9234927	\N	\N
37	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.9396768	1795877336.9738913	\N	\N
38	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877336.9897916	1795877337.023043	\N	\N
39	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.0389347	1795877337.072819	\N	\N
40	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.0909715	1795877337.127916	\N	\N
41	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.1447232	1795877337.1780891	\N	\N
42	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.1928704	1795877337.2319674	\N	\N
43	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.2474158	1795877337.28042	\N	\N
44	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.2989123	1795877337.3340485	\N	\N
45	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.3485641	1795877337.3772798	\N	\N
46	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.3920996	1795877337.4282477	\N	\N
47	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.444097	1795877337.4810321	\N	\N
48	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.4986184	1795877337.5321681	\N	\N
49	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.5473752	1795877337.5586607	\N	\N
50	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.5757623	1795877337.5878596	\N	\N
51	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.6020563	1795877337.6140912	\N	\N
52	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.6265948	1795877337.6371121	\N	\N
53	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.6505625	1795877337.6626022	\N	\N
54	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.6733634	1795877337.684435	\N	\N
55	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.6977975	1795877337.712891	\N	\N
56	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.7292016	1795877337.7392437	\N	\N
57	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.750791	1795877337.7606359	\N	\N
58	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.773974	1795877337.7873733	\N	\N
59	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.7984345	1795877337.8126056	\N	\N
60	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.8258302	1795877337.8340194	\N	\N
61	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.8450804	1795877337.855847	\N	\N
62	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.8707266	1795877337.8836532	\N	\N
63	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877337.8970668	1795877337.9096591	\N	\N
64	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.0080676	1795877338.0210948	\N	\N
65	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.0337555	1795877338.0448859	\N	\N
66	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.0550234	1795877338.0652704	\N	\N
67	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.0784237	1795877338.0919836	\N	\N
68	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.105595	1795877338.1183958	\N	\N
69	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.1324303	1795877338.1462767	\N	\N
70	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.160038	1795877338.1726835	\N	\N
71	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.1866531	1795877338.2004945	\N	\N
72	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.2141216	1795877338.2258954	\N	\N
73	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.2401557	1795877338.2534752	\N	\N
74	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.2667754	1795877338.2795825	\N	\N
75	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.2935772	1795877338.306891	\N	\N
76	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.321342	1795877338.3344977	\N	\N
77	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.3486664	1795877338.361541	\N	\N
78	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.3758209	1795877338.3892698	\N	\N
79	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.4042172	1795877338.418808	\N	\N
80	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.4331179	1795877338.446558	\N	\N
81	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.4579403	1795877338.4711075	\N	\N
82	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.4842403	1795877338.495915	\N	\N
83	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.5096917	1795877338.5228455	\N	\N
84	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.5380554	1795877338.5527892	\N	\N
85	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.5679083	1795877338.5817416	\N	\N
86	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.595985	1795877338.6095197	\N	\N
87	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.6236386	1795877338.6339471	\N	\N
88	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.6473007	1795877338.6602552	\N	\N
89	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.6740549	1795877338.686442	\N	\N
90	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.6993089	1795877338.7109349	\N	\N
91	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.7230163	1795877338.7344978	\N	\N
92	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.7494254	1795877338.7629492	\N	\N
93	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.7781398	1795877338.7881842	\N	\N
94	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.8009775	1795877338.8109233	\N	\N
95	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.822309	1795877338.8329105	\N	\N
96	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.8446498	1795877338.8576202	\N	\N
97	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.8707235	1795877338.8827474	\N	\N
98	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.8944392	1795877338.9073365	\N	\N
99	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.9203584	1795877338.9333222	\N	\N
100	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.9481802	1795877338.9596124	\N	\N
101	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.9723675	1795877338.9846199	\N	\N
102	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877338.9980896	1795877339.010891	\N	\N
103	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.0232472	1795877339.0362027	\N	\N
104	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.0497258	1795877339.0617814	\N	\N
105	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.0753458	1795877339.0877013	\N	\N
106	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.1005864	1795877339.114632	\N	\N
107	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.1268468	1795877339.1387923	\N	\N
108	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.150277	1795877339.163369	\N	\N
109	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.1755412	1795877339.188444	\N	\N
110	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.2019086	1795877339.2130144	\N	\N
111	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.2267306	1795877339.2378323	\N	\N
112	0.1.0	b7c8acec584fc09d1421372fb29e92359b16dc20	3.11.7	2.4.6	2.13.0+cpu	1.9.1	cpu	vm	vm:16623:43db6a53	1795877339.2508292	1795877339.2658632	\N	\N
\.


--
-- Data for Name: representation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.representation (id, cell_id, model_id, kind, store_path, n_points, n_dims, dtype, checksum, provenance_id) FROM stdin;
1	17	1	mean	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-b880c336	50	3	float32	6d60d48fa7971fdec6d54c589212b721dca07980a301970f1b285da6dd3b7d1a	17
2	18	1	sampled	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-6a9a768b	50	3	float32	6d60d48fa7971fdec6d54c589212b721dca07980a301970f1b285da6dd3b7d1a	18
3	19	2	mean	cells/79/79d9e22be61d38b69893c3472f257941/a1-5763a2df	50	3	float32	3e4c9c2c9c4088425756ddd67e25fecaa92548e1549ce3530d3c3851a289a49d	19
4	20	2	sampled	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-93f5fc36	50	3	float32	3e4c9c2c9c4088425756ddd67e25fecaa92548e1549ce3530d3c3851a289a49d	20
5	21	3	mean	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-4e3755c5	50	3	float32	48677ec5ef5dac18ae9db3683d876c67bd1e0b6c2027c60cff4338622c61c051	21
6	22	3	sampled	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-8250b135	50	3	float32	48677ec5ef5dac18ae9db3683d876c67bd1e0b6c2027c60cff4338622c61c051	22
7	23	4	mean	cells/88/88409b81e60a64194add798ede601211/a1-8dca314e	50	3	float32	35417b96e4221b3bbe71c5976cd49551e64da91aa4dff57151b6a6a3a71a5667	23
8	24	4	sampled	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-26cc7e40	50	3	float32	35417b96e4221b3bbe71c5976cd49551e64da91aa4dff57151b6a6a3a71a5667	24
9	25	5	mean	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-7f1bc2eb	50	3	float32	7df26c0dff821c147991eb53b9041634370ed8b4a9ddc3ae3b0f0df718042272	25
10	26	5	sampled	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-7059a207	50	3	float32	7df26c0dff821c147991eb53b9041634370ed8b4a9ddc3ae3b0f0df718042272	26
11	27	6	mean	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-370b4f82	50	3	float32	d2bdc52c718a95ac1530adcf81adf145d0a44ea6039eafd93d0a61f3e1ece47d	27
12	28	6	sampled	cells/0e/0e76b617b6716316763f84e755dccada/a1-a80a2964	50	3	float32	d2bdc52c718a95ac1530adcf81adf145d0a44ea6039eafd93d0a61f3e1ece47d	28
13	29	7	mean	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-51150698	50	3	float32	2593645dbfa0b3366d6ae6c2f01f08a04175dc7772abb8761dabe9ef88c38cc3	29
14	30	7	sampled	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-3c59a355	50	3	float32	2593645dbfa0b3366d6ae6c2f01f08a04175dc7772abb8761dabe9ef88c38cc3	30
15	31	8	mean	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-c9655ecb	50	3	float32	1dd1311d6b2d862d1047e8d92e713cef34ba1c2c5efff4566af1bf0789bf69fe	31
16	32	8	sampled	cells/95/959e952a5f9f0499183496408facb4b7/a1-17a56efe	50	3	float32	1dd1311d6b2d862d1047e8d92e713cef34ba1c2c5efff4566af1bf0789bf69fe	32
17	33	9	mean	cells/36/36d281fa838955079de7a09053745f41/a1-68d9d10f	50	3	float32	f04edc8ea9779f279ba1867b7972cf66333a5ddf8c994f89125bbc34bd585442	33
18	34	9	sampled	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-141e5495	50	3	float32	f04edc8ea9779f279ba1867b7972cf66333a5ddf8c994f89125bbc34bd585442	34
19	35	10	mean	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-838946bb	50	3	float32	ff5115c2341b52c126c4b388358d2f6255a37fc97f51363f51cb21deb48a20f9	35
20	36	10	sampled	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a15181b5	50	3	float32	ff5115c2341b52c126c4b388358d2f6255a37fc97f51363f51cb21deb48a20f9	36
21	37	11	mean	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-52a1e8d7	50	3	float32	4c36ce32b5d8486472cbaaa5e0772f4068e2311f1b8b8626d0bc2e5eafd4215f	37
22	38	11	sampled	cells/47/47059e6085a06230fd137d52f024996f/a1-031a8513	50	3	float32	4c36ce32b5d8486472cbaaa5e0772f4068e2311f1b8b8626d0bc2e5eafd4215f	38
23	39	12	mean	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-e857973b	50	3	float32	3cd6e50457d876d3b01452b0740475d8de2f2a458f2475d8ff03dfcf053d9ab7	39
24	40	12	sampled	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-92a8f61a	50	3	float32	3cd6e50457d876d3b01452b0740475d8de2f2a458f2475d8ff03dfcf053d9ab7	40
25	41	13	mean	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-95836b14	50	3	float32	d3fc96fb0447fbc00e48e5f22fc0522b005157b2062912f8bd7448fd01e01316	41
26	42	13	sampled	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-5ae90037	50	3	float32	d3fc96fb0447fbc00e48e5f22fc0522b005157b2062912f8bd7448fd01e01316	42
27	43	14	mean	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-53f66143	50	3	float32	fe8ec5599b908be5b71b10e3e260b9ae42dca64ef25110da65c348038b34389d	43
28	44	14	sampled	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-fb7b197e	50	3	float32	fe8ec5599b908be5b71b10e3e260b9ae42dca64ef25110da65c348038b34389d	44
29	45	15	mean	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-e0e8cffc	50	3	float32	5b67b10653c5d64577ae1c243fc89ad700f929ccf5068105cbbce0ffc9828ea2	45
30	46	15	sampled	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-54328343	50	3	float32	5b67b10653c5d64577ae1c243fc89ad700f929ccf5068105cbbce0ffc9828ea2	46
31	47	16	mean	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-8c833b8b	50	3	float32	6c18837e387a12f57b7677254b9cb40c739f30878e27d9e1c34b07de7f5e4f40	47
32	48	16	sampled	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-174ff60d	50	3	float32	6c18837e387a12f57b7677254b9cb40c739f30878e27d9e1c34b07de7f5e4f40	48
\.


--
-- Data for Name: score; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.score (id, evaluation_id, name, value) FROM stdin;
1	1	magnitude	1.1588059663772583
2	1	metric_hash	11352367
3	1	spread	1.2394665479660034
4	2	magnitude	1.1588059663772583
5	2	metric_hash	16371806
6	2	spread	1.2394665479660034
7	3	magnitude	1.1588059663772583
8	3	metric_hash	5611360
9	3	spread	1.2394665479660034
10	4	magnitude	1.1588059663772583
11	4	metric_hash	11061067
12	4	spread	1.2394665479660034
13	5	magnitude	0.9204399585723877
14	5	metric_hash	4546308
15	5	spread	1.0539395809173584
16	6	magnitude	0.9204399585723877
17	6	metric_hash	5528020
18	6	spread	1.0539395809173584
19	7	magnitude	0.9204399585723877
20	7	metric_hash	11949226
21	7	spread	1.0539395809173584
22	8	magnitude	0.9204399585723877
23	8	metric_hash	8018971
24	8	spread	1.0539395809173584
25	9	magnitude	0.4865182042121887
26	9	metric_hash	11865715
27	9	spread	0.3758368194103241
28	10	magnitude	0.4865182042121887
29	10	metric_hash	9072476
30	10	spread	0.3758368194103241
31	11	magnitude	0.4865182042121887
32	11	metric_hash	14442635
33	11	spread	0.3758368194103241
34	12	magnitude	0.4865182042121887
35	12	metric_hash	1294919
36	12	spread	0.3758368194103241
37	13	magnitude	1.4360400438308716
38	13	metric_hash	5382024
39	13	spread	1.7871476411819458
40	14	magnitude	1.4360400438308716
41	14	metric_hash	8607716
42	14	spread	1.7871476411819458
43	15	magnitude	1.4360400438308716
44	15	metric_hash	5410264
45	15	spread	1.7871476411819458
46	16	magnitude	1.4360400438308716
47	16	metric_hash	2606735
48	16	spread	1.7871476411819458
49	17	magnitude	2.0023725032806396
50	17	metric_hash	2718050
51	17	spread	3.004748582839966
52	18	magnitude	2.0023725032806396
53	18	metric_hash	12210946
54	18	spread	3.004748582839966
55	19	magnitude	2.0023725032806396
56	19	metric_hash	15365505
57	19	spread	3.004748582839966
58	20	magnitude	2.0023725032806396
59	20	metric_hash	2515069
60	20	spread	3.004748582839966
61	21	magnitude	2.1460726261138916
62	21	metric_hash	12510664
63	21	spread	2.8546040058135986
64	22	magnitude	2.1460726261138916
65	22	metric_hash	15912327
66	22	spread	2.8546040058135986
67	23	magnitude	2.1460726261138916
68	23	metric_hash	10432665
69	23	spread	2.8546040058135986
70	24	magnitude	2.1460726261138916
71	24	metric_hash	12944253
72	24	spread	2.8546040058135986
73	25	magnitude	2.200819492340088
74	25	metric_hash	4995839
75	25	spread	2.518251419067383
76	26	magnitude	2.200819492340088
77	26	metric_hash	14256737
78	26	spread	2.518251419067383
79	27	magnitude	2.200819492340088
80	27	metric_hash	5749654
81	27	spread	2.518251419067383
82	28	magnitude	2.200819492340088
83	28	metric_hash	8202147
84	28	spread	2.518251419067383
85	29	magnitude	1.9671146869659424
86	29	metric_hash	2635910
87	29	spread	1.9260517358779907
88	30	magnitude	1.9671146869659424
89	30	metric_hash	16544244
90	30	spread	1.9260517358779907
91	31	magnitude	1.9671146869659424
92	31	metric_hash	8378911
93	31	spread	1.9260517358779907
94	32	magnitude	1.9671146869659424
95	32	metric_hash	7097843
96	32	spread	1.9260517358779907
97	33	magnitude	0.8930010199546814
98	33	metric_hash	6866864
99	33	spread	0.6330959796905518
100	34	magnitude	0.8930010199546814
101	34	metric_hash	5736120
102	34	spread	0.6330959796905518
103	35	magnitude	0.8930010199546814
104	35	metric_hash	10406243
105	35	spread	0.6330959796905518
106	36	magnitude	0.8930010199546814
107	36	metric_hash	12473705
108	36	spread	0.6330959796905518
109	37	magnitude	2.0155134201049805
110	37	metric_hash	15636060
111	37	spread	2.2971134185791016
112	38	magnitude	2.0155134201049805
113	38	metric_hash	4004548
114	38	spread	2.2971134185791016
115	39	magnitude	2.0155134201049805
116	39	metric_hash	11094877
117	39	spread	2.2971134185791016
118	40	magnitude	2.0155134201049805
119	40	metric_hash	4365442
120	40	spread	2.2971134185791016
121	41	magnitude	2.900116205215454
122	41	metric_hash	6346104
123	41	spread	4.039480209350586
124	42	magnitude	2.900116205215454
125	42	metric_hash	16210951
126	42	spread	4.039480209350586
127	43	magnitude	2.900116205215454
128	43	metric_hash	7396714
129	43	spread	4.039480209350586
130	44	magnitude	2.900116205215454
131	44	metric_hash	2798514
132	44	spread	4.039480209350586
133	45	magnitude	1.746901273727417
134	45	metric_hash	7571801
135	45	spread	1.954677939414978
136	46	magnitude	1.746901273727417
137	46	metric_hash	14536589
138	46	spread	1.954677939414978
139	47	magnitude	1.746901273727417
140	47	metric_hash	277773
141	47	spread	1.954677939414978
142	48	magnitude	1.746901273727417
143	48	metric_hash	10327523
144	48	spread	1.954677939414978
145	49	magnitude	0.8635957837104797
146	49	metric_hash	2921395
147	49	spread	1.0969825983047485
148	50	magnitude	0.8635957837104797
149	50	metric_hash	3666206
150	50	spread	1.0969825983047485
151	51	magnitude	0.8635957837104797
152	51	metric_hash	13294715
153	51	spread	1.0969825983047485
154	52	magnitude	0.8635957837104797
155	52	metric_hash	1039285
156	52	spread	1.0969825983047485
157	53	magnitude	1.8671175241470337
158	53	metric_hash	1519156
159	53	spread	2.796055555343628
160	54	magnitude	1.8671175241470337
161	54	metric_hash	9171352
162	54	spread	2.796055555343628
163	55	magnitude	1.8671175241470337
164	55	metric_hash	10641314
165	55	spread	2.796055555343628
166	56	magnitude	1.8671175241470337
167	56	metric_hash	7905475
168	56	spread	2.796055555343628
169	57	magnitude	0.8929929733276367
170	57	metric_hash	470318
171	57	spread	1.1668431758880615
172	58	magnitude	0.8929929733276367
173	58	metric_hash	9609315
174	58	spread	1.1668431758880615
175	59	magnitude	0.8929929733276367
176	59	metric_hash	4711091
177	59	spread	1.1668431758880615
178	60	magnitude	0.8929929733276367
179	60	metric_hash	13800713
180	60	spread	1.1668431758880615
181	61	magnitude	2.4682421684265137
182	61	metric_hash	15532376
183	61	spread	2.1351938247680664
184	62	magnitude	2.4682421684265137
185	62	metric_hash	15595407
186	62	spread	2.1351938247680664
187	63	magnitude	2.4682421684265137
188	63	metric_hash	7766833
189	63	spread	2.1351938247680664
190	64	magnitude	2.4682421684265137
191	64	metric_hash	6826705
192	64	spread	2.1351938247680664
\.


--
-- Data for Name: study; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study (id, name, description, spec_sha256, spec_text, created_at, updated_at) FROM stdin;
1	upgrade-toy		850ae944fc6cdd2621605361b1231abd32b53e2d2b2b35db44fcba94e053576e	# The study every upgrade fixture holds (tests/upgrades/make.py): toy runners, 112 cells.\n\n[study]\nname = "upgrade-toy"\n\n[train]\nrunner = "toy-train"\nsteps = 2\n\n[grid.root]\nproduct = ["dataset", "seed", "methods"]\n\n[grid.dataset]\naxis = "dataset"\nvalues = ["a", "b"]\n\n[grid.seed]\naxis = "seed"\nrange = [0, 2]\n\n[grid.methods]\nchain = ["m1", "m2"]\n\n[grid.m1]\nfixed = { method = "m1" }\nzip = { beta = [1, 2] }\n\n[grid.m2]\nfixed = { method = "m2" }\nzip = { gamma = [10, 20] }\n\n[represent]\nrunner = "toy-represent"\n\n[evaluate]\nrunner = "toy-evaluate"\nmetrics = ["x", "y"]\n\n	1795877335.1608472	1795877335.1608472
\.


--
-- Data for Name: study_cell; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.study_cell (study_id, cell_id) FROM stdin;
1	1
1	2
1	3
1	4
1	5
1	6
1	7
1	8
1	9
1	10
1	11
1	12
1	13
1	14
1	15
1	16
1	17
1	18
1	19
1	20
1	21
1	22
1	23
1	24
1	25
1	26
1	27
1	28
1	29
1	30
1	31
1	32
1	33
1	34
1	35
1	36
1	37
1	38
1	39
1	40
1	41
1	42
1	43
1	44
1	45
1	46
1	47
1	48
1	49
1	50
1	51
1	52
1	53
1	54
1	55
1	56
1	57
1	58
1	59
1	60
1	61
1	62
1	63
1	64
1	65
1	66
1	67
1	68
1	69
1	70
1	71
1	72
1	73
1	74
1	75
1	76
1	77
1	78
1	79
1	80
1	81
1	82
1	83
1	84
1	85
1	86
1	87
1	88
1	89
1	90
1	91
1	92
1	93
1	94
1	95
1	96
1	97
1	98
1	99
1	100
1	101
1	102
1	103
1	104
1	105
1	106
1	107
1	108
1	109
1	110
1	111
1	112
\.


--
-- Data for Name: tensor; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tensor (id, cell_id, name, path, shape, dtype, nbytes, checksum) FROM stdin;
1	1	weights	cells/91/911a56f44ce11c1684718822a0cf34b0/a1-92c38db4/weights	3	float32	12	14b095994a81fb7840cd8d3f430387422efd5e7e236aba30074dbbe3bed7b3c2
2	2	weights	cells/33/33c32cf3455ab523c7587529e4af12f3/a1-66cc6520/weights	3	float32	12	d417402efe149b4283231a937bdbb153c569cc540212ae4e21a896278863f322
3	3	weights	cells/0d/0d7d89e6263afd1fb3c798b235b25dff/a1-8384dba2/weights	3	float32	12	615be354a148ca46fc6cdf96e2a9409076d5ede2fb5d359f9b672496044b4afa
4	4	weights	cells/d8/d8b685f9d1d930b32a9710b3f0572b6e/a1-aff917ef/weights	3	float32	12	47a0e5bd8931f3fc23c3af3f8578c1c79b93f10412523ef83ca65539b8d93c69
5	5	weights	cells/eb/eb81582a0852f946bd0a517d36fb9328/a1-1b1dcc0b/weights	3	float32	12	f9fdeab411782c533246b97cbc26744807cba507be8a75be55e7fea2e9ee351a
6	6	weights	cells/87/87cc8a3368cbfdd0f8b85181233b20b0/a1-2f0e7bc7/weights	3	float32	12	b2711a0858f0de879bb166811148a5ad1a4f51dcf6ea00066c915d3d98c46323
7	7	weights	cells/cd/cd21685e4b0c3f2c7ef0b1418d8e2e71/a1-b1057c8f/weights	3	float32	12	bb31dbed370bb8336c98a82f18775f6ed627c6bbd7ce7d8be532e224eca0585d
8	8	weights	cells/85/854a96913fa5191ac51d5a7d4d9b069f/a1-1372d54f/weights	3	float32	12	c660c542d41c8f207a5e5b0e8abf7dd6e86f4cebc2776454b3d47987cd496c46
9	9	weights	cells/bd/bd32817752d83a1e5952abd84853c762/a1-f80bd90d/weights	3	float32	12	426093c82a05a01bfafc965df22394f717da13392aeb1caffc68cef93173b4be
10	10	weights	cells/f9/f94b941493063104c57956b694d08711/a1-00c90f8d/weights	3	float32	12	cba1de38a6bedfdb63f994812dd7ddfcb4695d73c9609e8c8dcf7c4a9f182bcd
11	11	weights	cells/8e/8ea82c78d6ff8630ff58175e09d96414/a1-d68e1590/weights	3	float32	12	69f2515494dcb0c573f939c4657226c918c0f65e6f7fa551572e661f4b9b04d8
12	12	weights	cells/e7/e74da55aa03350b59d91bed2cf6191a8/a1-6599861a/weights	3	float32	12	07218f31ee3737d3fdec8761541692901120b16a3d0c794b80ebca329d836a33
13	13	weights	cells/ce/ce1228ecabd549823b6a0f1a173bc6ee/a1-81c540e3/weights	3	float32	12	6ee4a217e4efe92869277a3969f4554c5bf429d58010395f4cd3061f3cd08fc6
14	14	weights	cells/31/3134498c9eae9a87cbd770cde3ecec23/a1-332cba0b/weights	3	float32	12	cf64ca826f9588003947ca5ebb98258399cb4f3a66767c092167c1e0ac1f7230
15	15	weights	cells/91/916647d1aca7f9c2ae8bfe7645371d78/a1-2efdf5a0/weights	3	float32	12	6c9794c926a49ed08f3c952f1831e3502538e23b304d5810ed4c4a99b9a4cf92
16	16	weights	cells/f8/f8043e0633b9ae0f86cd0f339251ae99/a1-aee2de82/weights	3	float32	12	42fd2bb6c32c60f2ba79c3adc13af1985959d1e92d2753308ea34aecde114717
17	17	mean	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-b880c336/mean	50,3	float32	600	5f4f2a5c8f238ee587b0926814c5c4631d6816b40079228a2bc3dc809142d9d3
18	17	logvar	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-b880c336/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
19	17	factors	cells/b6/b61d28b93a58c075fe5b8e389d46ceda/a1-b880c336/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
20	18	mean	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-6a9a768b/mean	50,3	float32	600	5f4f2a5c8f238ee587b0926814c5c4631d6816b40079228a2bc3dc809142d9d3
21	18	logvar	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-6a9a768b/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
22	18	factors	cells/74/742249f6afda4fa3fca41cd6647fda8a/a1-6a9a768b/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
23	19	mean	cells/79/79d9e22be61d38b69893c3472f257941/a1-5763a2df/mean	50,3	float32	600	35f2367cb7e391a0c6003fadac777858e27d7c2f2cfae7336ce9ff6c60c17d08
24	19	logvar	cells/79/79d9e22be61d38b69893c3472f257941/a1-5763a2df/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
25	19	factors	cells/79/79d9e22be61d38b69893c3472f257941/a1-5763a2df/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
26	20	mean	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-93f5fc36/mean	50,3	float32	600	35f2367cb7e391a0c6003fadac777858e27d7c2f2cfae7336ce9ff6c60c17d08
27	20	logvar	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-93f5fc36/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
28	20	factors	cells/67/67cb74ac75d2f1e5679e9f5aabcd2936/a1-93f5fc36/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
29	21	mean	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-4e3755c5/mean	50,3	float32	600	97a6d7d8e9523c18dde60776e9fdba863700a23935ce0c1e746b505db3c6154e
30	21	logvar	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-4e3755c5/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
31	21	factors	cells/7b/7ba02c3ae3444706634ef6275ae027a7/a1-4e3755c5/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
32	22	mean	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-8250b135/mean	50,3	float32	600	97a6d7d8e9523c18dde60776e9fdba863700a23935ce0c1e746b505db3c6154e
33	22	logvar	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-8250b135/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
34	22	factors	cells/45/4546c205d72ffd9e94bffea0aa8afed9/a1-8250b135/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
35	23	mean	cells/88/88409b81e60a64194add798ede601211/a1-8dca314e/mean	50,3	float32	600	6130a8aa40e2072e43d1490eed290dcba98646b8038e4e81578d6baae4655c2f
36	23	logvar	cells/88/88409b81e60a64194add798ede601211/a1-8dca314e/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
37	23	factors	cells/88/88409b81e60a64194add798ede601211/a1-8dca314e/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
38	24	mean	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-26cc7e40/mean	50,3	float32	600	6130a8aa40e2072e43d1490eed290dcba98646b8038e4e81578d6baae4655c2f
39	24	logvar	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-26cc7e40/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
40	24	factors	cells/f9/f9c574bd356df21ce4cc2e11d89b5a1b/a1-26cc7e40/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
41	25	mean	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-7f1bc2eb/mean	50,3	float32	600	066e04c7a5e272c1af5b6421b543dfcdc043423476168a269a1c782bfda753e9
42	25	logvar	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-7f1bc2eb/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
43	25	factors	cells/43/43ff91866866c1751c83b5c6bc7ea319/a1-7f1bc2eb/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
44	26	mean	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-7059a207/mean	50,3	float32	600	066e04c7a5e272c1af5b6421b543dfcdc043423476168a269a1c782bfda753e9
45	26	logvar	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-7059a207/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
46	26	factors	cells/e9/e9392c2879ec49695c33ccb5b8ebc21e/a1-7059a207/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
47	27	mean	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-370b4f82/mean	50,3	float32	600	ba439709118ea2fab17d6dba3a6ffdb17fd05a40e5f03c6244a17ea7f3da4e05
48	27	logvar	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-370b4f82/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
49	27	factors	cells/f4/f4e06ba28cdc97d283234dbfcf4c0e91/a1-370b4f82/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
50	28	mean	cells/0e/0e76b617b6716316763f84e755dccada/a1-a80a2964/mean	50,3	float32	600	ba439709118ea2fab17d6dba3a6ffdb17fd05a40e5f03c6244a17ea7f3da4e05
51	28	logvar	cells/0e/0e76b617b6716316763f84e755dccada/a1-a80a2964/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
52	28	factors	cells/0e/0e76b617b6716316763f84e755dccada/a1-a80a2964/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
53	29	mean	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-51150698/mean	50,3	float32	600	2bd308b4dac283c4cd1dd3c456d523f34a52025de08c15e9f029ce3cc549a868
54	29	logvar	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-51150698/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
55	29	factors	cells/01/01bccbbceeeae9218c7b010046da63fd/a1-51150698/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
56	30	mean	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-3c59a355/mean	50,3	float32	600	2bd308b4dac283c4cd1dd3c456d523f34a52025de08c15e9f029ce3cc549a868
57	30	logvar	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-3c59a355/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
58	30	factors	cells/7f/7f0d1372187b2f3f378be90d81240887/a1-3c59a355/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
59	31	mean	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-c9655ecb/mean	50,3	float32	600	56340250d4f141796e5224daf1d33709af5d943f2fda27f44bd6b0b0a89de2b2
60	31	logvar	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-c9655ecb/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
61	31	factors	cells/2c/2c239de0d3e9f05a703d9c5e644ef991/a1-c9655ecb/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
62	32	mean	cells/95/959e952a5f9f0499183496408facb4b7/a1-17a56efe/mean	50,3	float32	600	56340250d4f141796e5224daf1d33709af5d943f2fda27f44bd6b0b0a89de2b2
63	32	logvar	cells/95/959e952a5f9f0499183496408facb4b7/a1-17a56efe/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
64	32	factors	cells/95/959e952a5f9f0499183496408facb4b7/a1-17a56efe/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
65	33	mean	cells/36/36d281fa838955079de7a09053745f41/a1-68d9d10f/mean	50,3	float32	600	20c6649dc53e3f8e0df05f7d50973d357187a64ec982ee356591312b7ee05992
66	33	logvar	cells/36/36d281fa838955079de7a09053745f41/a1-68d9d10f/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
67	33	factors	cells/36/36d281fa838955079de7a09053745f41/a1-68d9d10f/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
68	34	mean	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-141e5495/mean	50,3	float32	600	20c6649dc53e3f8e0df05f7d50973d357187a64ec982ee356591312b7ee05992
69	34	logvar	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-141e5495/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
70	34	factors	cells/1f/1fb40101559aaa8601a481f48291da6b/a1-141e5495/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
71	35	mean	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-838946bb/mean	50,3	float32	600	e849b0a07805d2a869c0dbe1e08af20e554f5ad3cc0b79d57db59ad03d7263a2
72	35	logvar	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-838946bb/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
73	35	factors	cells/0d/0d9ea96352d954868b3f8cd470fb3474/a1-838946bb/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
74	36	mean	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a15181b5/mean	50,3	float32	600	e849b0a07805d2a869c0dbe1e08af20e554f5ad3cc0b79d57db59ad03d7263a2
75	36	logvar	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a15181b5/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
76	36	factors	cells/e0/e0bac8bd1a6f7152b76bc6a1b502d6b4/a1-a15181b5/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
77	37	mean	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-52a1e8d7/mean	50,3	float32	600	30a2a7532476f6913d729075fce86ce6e761071c2e653977099056b969ec1008
78	37	logvar	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-52a1e8d7/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
79	37	factors	cells/f3/f31c3b64fd31a8a324afb93ba3772b00/a1-52a1e8d7/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
80	38	mean	cells/47/47059e6085a06230fd137d52f024996f/a1-031a8513/mean	50,3	float32	600	30a2a7532476f6913d729075fce86ce6e761071c2e653977099056b969ec1008
81	38	logvar	cells/47/47059e6085a06230fd137d52f024996f/a1-031a8513/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
82	38	factors	cells/47/47059e6085a06230fd137d52f024996f/a1-031a8513/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
83	39	mean	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-e857973b/mean	50,3	float32	600	8f450834981b2fca237fe9367f5654c889c65804ec314a23cf6cbe210150ecab
84	39	logvar	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-e857973b/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
85	39	factors	cells/1f/1f30de7e7f0a66cb58a636f70a90b57c/a1-e857973b/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
86	40	mean	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-92a8f61a/mean	50,3	float32	600	8f450834981b2fca237fe9367f5654c889c65804ec314a23cf6cbe210150ecab
87	40	logvar	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-92a8f61a/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
88	40	factors	cells/9f/9fec8ed8d2f4397fd413a959d12adbaf/a1-92a8f61a/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
89	41	mean	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-95836b14/mean	50,3	float32	600	b58e86bc7e63f00f2a34407e74cada3e4b2e1b3d2e07df9f829dde44aea765bf
90	41	logvar	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-95836b14/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
91	41	factors	cells/5c/5c160e32971194d317d74f2698cc1db4/a1-95836b14/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
92	42	mean	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-5ae90037/mean	50,3	float32	600	b58e86bc7e63f00f2a34407e74cada3e4b2e1b3d2e07df9f829dde44aea765bf
93	42	logvar	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-5ae90037/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
94	42	factors	cells/0e/0e7ef60fb6887e8c932da0b30fca6da2/a1-5ae90037/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
95	43	mean	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-53f66143/mean	50,3	float32	600	9271a9247f789f854fd5f9f97039956648b37dd1e1b7ee20d74806ff9987390f
96	43	logvar	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-53f66143/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
97	43	factors	cells/1f/1f04fb0b2cd8498fbd4ba7141c1aed49/a1-53f66143/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
98	44	mean	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-fb7b197e/mean	50,3	float32	600	9271a9247f789f854fd5f9f97039956648b37dd1e1b7ee20d74806ff9987390f
99	44	logvar	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-fb7b197e/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
100	44	factors	cells/bb/bb0c2943b46359b306a6f40aacaeb358/a1-fb7b197e/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
101	45	mean	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-e0e8cffc/mean	50,3	float32	600	7fe45cc520f7ea06358cb172bbe4d78e5c5f1b0db708d5ba75cc2a0caf6e112a
102	45	logvar	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-e0e8cffc/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
103	45	factors	cells/57/577a216bbf705d70b94833d5f5750c2f/a1-e0e8cffc/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
104	46	mean	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-54328343/mean	50,3	float32	600	7fe45cc520f7ea06358cb172bbe4d78e5c5f1b0db708d5ba75cc2a0caf6e112a
105	46	logvar	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-54328343/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
106	46	factors	cells/c7/c7be26c838d76b83ac5292736a999f03/a1-54328343/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
107	47	mean	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-8c833b8b/mean	50,3	float32	600	5f762c4a8f982e22ed8dd37c003a824fe72662df3cd9e6df269a747f5c96e7e3
108	47	logvar	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-8c833b8b/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
109	47	factors	cells/a4/a4db8e6217d2e9cea08a29c263a274f7/a1-8c833b8b/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
110	48	mean	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-174ff60d/mean	50,3	float32	600	5f762c4a8f982e22ed8dd37c003a824fe72662df3cd9e6df269a747f5c96e7e3
111	48	logvar	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-174ff60d/logvar	50,3	float32	600	d0e8959506dab8780a124ed35b3d62b1f446c4e1b894092d1e3f6c9370346647
112	48	factors	cells/1a/1aab559cea29d9f0a859b3482492f3d4/a1-174ff60d/factors	50,2	int32	400	e3f4003ba4f8ebd56e9216a2246d17ee982b95c20d3f413595e72f0b0cda00a9
\.


--
-- Data for Name: training_curve; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.training_curve (id, model_id, step, name, value) FROM stdin;
1	1	2	loss	2.2002643912288464
2	2	2	loss	1.747670874603569
3	3	2	loss	0.9237686853286085
4	4	2	loss	2.726658126144959
5	5	2	loss	3.801972647111594
6	6	2	loss	4.074821864130795
7	7	2	loss	4.178770906213098
8	8	2	loss	3.7350277848663005
9	9	2	loss	1.6955714934445052
10	10	2	loss	3.826924765106602
11	11	2	loss	5.506549517162501
12	12	2	loss	3.3169009493572537
13	13	2	loss	1.6397388841189513
14	14	2	loss	3.545159976314851
15	15	2	loss	1.695556401578248
16	16	2	loss	4.686535900646568
\.


--
-- Name: cell_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cell_id_seq', 112, true);


--
-- Name: evaluation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_id_seq', 64, true);


--
-- Name: hyperparameter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hyperparameter_id_seq', 16, true);


--
-- Name: model_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_id_seq', 16, true);


--
-- Name: model_setting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.model_setting_id_seq', 32, true);


--
-- Name: provenance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.provenance_id_seq', 112, true);


--
-- Name: representation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.representation_id_seq', 32, true);


--
-- Name: score_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.score_id_seq', 192, true);


--
-- Name: study_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.study_id_seq', 1, true);


--
-- Name: tensor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tensor_id_seq', 112, true);


--
-- Name: training_curve_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.training_curve_id_seq', 16, true);


--
-- Name: cell_dependency cell_dependency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_pkey PRIMARY KEY (child_id, parent_id);


--
-- Name: cell cell_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_key_key UNIQUE (key);


--
-- Name: cell cell_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_pkey PRIMARY KEY (id);


--
-- Name: evaluation evaluation_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_cell_id_key UNIQUE (cell_id);


--
-- Name: evaluation evaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_pkey PRIMARY KEY (id);


--
-- Name: expdb_schema_version expdb_schema_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.expdb_schema_version
    ADD CONSTRAINT expdb_schema_version_pkc PRIMARY KEY (version_num);


--
-- Name: hyperparameter hyperparameter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT hyperparameter_pkey PRIMARY KEY (id);


--
-- Name: model model_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_cell_id_key UNIQUE (cell_id);


--
-- Name: model model_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_pkey PRIMARY KEY (id);


--
-- Name: model_setting model_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT model_setting_pkey PRIMARY KEY (id);


--
-- Name: provenance provenance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provenance
    ADD CONSTRAINT provenance_pkey PRIMARY KEY (id);


--
-- Name: representation representation_cell_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_cell_id_key UNIQUE (cell_id);


--
-- Name: representation representation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_pkey PRIMARY KEY (id);


--
-- Name: score score_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT score_pkey PRIMARY KEY (id);


--
-- Name: study_cell study_cell_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_pkey PRIMARY KEY (study_id, cell_id);


--
-- Name: study study_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study
    ADD CONSTRAINT study_name_key UNIQUE (name);


--
-- Name: study study_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study
    ADD CONSTRAINT study_pkey PRIMARY KEY (id);


--
-- Name: tensor tensor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT tensor_pkey PRIMARY KEY (id);


--
-- Name: training_curve training_curve_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT training_curve_pkey PRIMARY KEY (id);


--
-- Name: hyperparameter uq_hyperparameter_model_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT uq_hyperparameter_model_name UNIQUE (model_id, name);


--
-- Name: model_setting uq_model_setting_model_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT uq_model_setting_model_name UNIQUE (model_id, name);


--
-- Name: score uq_score_evaluation_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT uq_score_evaluation_name UNIQUE (evaluation_id, name);


--
-- Name: tensor uq_tensor_cell_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT uq_tensor_cell_name UNIQUE (cell_id, name);


--
-- Name: training_curve uq_training_curve_point; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT uq_training_curve_point UNIQUE (model_id, step, name);


--
-- Name: ix_cell_dependency_parent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cell_dependency_parent_id ON public.cell_dependency USING btree (parent_id);


--
-- Name: ix_cell_state_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cell_state_kind ON public.cell USING btree (state, kind);


--
-- Name: ix_evaluation_representation_metric; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_evaluation_representation_metric ON public.evaluation USING btree (representation_id, metric);


--
-- Name: ix_hyperparameter_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_hyperparameter_model_id ON public.hyperparameter USING btree (model_id);


--
-- Name: ix_model_dataset_method_seed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_dataset_method_seed ON public.model USING btree (dataset, method, seed);


--
-- Name: ix_model_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_external_id ON public.model USING btree (external_id);


--
-- Name: ix_model_setting_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_model_setting_model_id ON public.model_setting USING btree (model_id);


--
-- Name: ix_representation_model_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_representation_model_kind ON public.representation USING btree (model_id, kind);


--
-- Name: ix_score_evaluation_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_evaluation_id ON public.score USING btree (evaluation_id);


--
-- Name: ix_score_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_score_name ON public.score USING btree (name);


--
-- Name: ix_study_cell_cell_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_study_cell_cell_id ON public.study_cell USING btree (cell_id);


--
-- Name: ix_tensor_cell_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_tensor_cell_id ON public.tensor USING btree (cell_id);


--
-- Name: ix_training_curve_model_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_training_curve_model_id ON public.training_curve USING btree (model_id);


--
-- Name: cell_dependency cell_dependency_child_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_child_id_fkey FOREIGN KEY (child_id) REFERENCES public.cell(id);


--
-- Name: cell_dependency cell_dependency_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell_dependency
    ADD CONSTRAINT cell_dependency_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.cell(id);


--
-- Name: cell cell_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cell
    ADD CONSTRAINT cell_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: evaluation evaluation_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: evaluation evaluation_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: evaluation evaluation_representation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_representation_id_fkey FOREIGN KEY (representation_id) REFERENCES public.representation(id);


--
-- Name: hyperparameter hyperparameter_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hyperparameter
    ADD CONSTRAINT hyperparameter_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: model model_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: model model_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model
    ADD CONSTRAINT model_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: model_setting model_setting_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_setting
    ADD CONSTRAINT model_setting_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: representation representation_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: representation representation_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- Name: representation representation_provenance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.representation
    ADD CONSTRAINT representation_provenance_id_fkey FOREIGN KEY (provenance_id) REFERENCES public.provenance(id);


--
-- Name: score score_evaluation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.score
    ADD CONSTRAINT score_evaluation_id_fkey FOREIGN KEY (evaluation_id) REFERENCES public.evaluation(id);


--
-- Name: study_cell study_cell_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: study_cell study_cell_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.study_cell
    ADD CONSTRAINT study_cell_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.study(id);


--
-- Name: tensor tensor_cell_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tensor
    ADD CONSTRAINT tensor_cell_id_fkey FOREIGN KEY (cell_id) REFERENCES public.cell(id);


--
-- Name: training_curve training_curve_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_curve
    ADD CONSTRAINT training_curve_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.model(id);


--
-- PostgreSQL database dump complete
--

\unrestrict VUxOEaxqi4qQf4eyunvIu6nd1vv7DjoXRDDxlbhYfhLMnVfaAFmBPEcrDHMed80

